package org.hearth.server.moderation;

import java.util.List;

/**
 * The warm words a member gets with a room's support resources: when their own post shows risk,
 * or when they tell of someone else at risk. One place, so a held post and a post let through say
 * the same thing. Stateless.
 */
public final class SupportWords {
    private static final String NO_RESOURCES = "If you are in danger now, call your local emergency number.";

    private SupportWords() {
    }

    /** For a member whose own post shows risk. */
    public static String forAuthor(List<String> support) {
        return withResources("Thank you for telling us. A moderator will be with you soon. "
                + "You don't have to wait alone: these people are there to listen, any time they are open.", support);
    }

    /** For a member worried about someone else. */
    public static String forSomeoneElse(List<String> support) {
        return withResources("It sounds like someone you care about is going through a lot, and that is heavy to carry. "
                + "These services also help people who are supporting someone, and the person themselves can call them too.",
                support);
    }

    private static String withResources(String lead, List<String> support) {
        StringBuilder text = new StringBuilder(lead);
        for (String line : support) {
            text.append('\n').append(line);
        }
        if (support.isEmpty()) {
            text.append('\n').append(NO_RESOURCES);
        }
        return text.toString();
    }
}
