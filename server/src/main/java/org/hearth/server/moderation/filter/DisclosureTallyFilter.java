package org.hearth.server.moderation.filter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.safety.disclosure.Disclosure;
import org.hearth.server.safety.disclosure.DisclosureKind;
import org.hearth.server.safety.text.MessageText;

/**
 * Identity leaks across many posts: no single post identifies, the pattern does. Per member of the
 * room, an expiring tally of the <em>kinds</em> of quasi-identifying detail they have mentioned
 * (age, town, workplace, ...; never the details themselves). When a member's tally reaches the
 * threshold of distinct kinds within the window, the member is nudged privately and the
 * moderators present are told; then not again until the cool-down has passed. The post itself
 * always goes on.
 *
 * <p>Threading: owned by the room's thread. The tally is a Caffeine cache bounded in size, whose
 * time comes from the injected clock and whose upkeep runs on the caller's thread.
 */
public final class DisclosureTallyFilter implements MessageFilter {
    public static final String NAME = "safety.disclosure";
    private static final int MEMBERS_TRACKED = 100_000;

    private final Function<MessageText, List<Disclosure>> detector;
    private final Clock clock;
    private final int threshold;
    private final long windowMillis;
    private final long coolDownMillis;
    private final Cache<String, Tally> tallies;

    /** What one member has mentioned lately: when each kind was last mentioned, and when they were last nudged. */
    private static final class Tally {
        final Map<DisclosureKind, Long> lastMentioned = new EnumMap<>(DisclosureKind.class);
        boolean nudged;
        long nudgedAt;
    }

    /**
     * @param detector what the disclosure detector finds in a text
     * @param threshold how many distinct kinds make a nudge
     * @param window how long a mention counts
     * @param coolDown the least time between two nudges to the same member
     */
    public DisclosureTallyFilter(Function<MessageText, List<Disclosure>> detector, Clock clock, int threshold, Duration window,
                                 Duration coolDown) {
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold " + threshold + " (expected: at least 2 kinds)");
        }
        this.detector = detector;
        this.clock = clock;
        this.threshold = threshold;
        this.windowMillis = window.toMillis();
        this.coolDownMillis = coolDown.toMillis();
        this.tallies = Caffeine.newBuilder()
                .maximumSize(MEMBERS_TRACKED)
                .expireAfterAccess(window.compareTo(coolDown) >= 0 ? window : coolDown)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        List<Disclosure> found = detector.apply(candidate.message());
        if (found.isEmpty()) {
            return Verdict.PASS;
        }
        long now = clock.millis();
        Tally tally = tallies.get(candidate.memberId(), id -> new Tally());
        for (Disclosure disclosure : found) {
            tally.lastMentioned.put(disclosure.kind(), now);
        }
        tally.lastMentioned.values().removeIf(mentioned -> now - mentioned >= windowMillis);
        if (tally.lastMentioned.size() < threshold || (tally.nudged && now - tally.nudgedAt < coolDownMillis)) {
            return Verdict.PASS;
        }
        tally.nudged = true;
        tally.nudgedAt = now;
        List<String> toMember = new ArrayList<>();
        List<String> toModerators = new ArrayList<>();
        for (DisclosureKind kind : tally.lastMentioned.keySet()) {
            toMember.add(kind.plainWords());
            toModerators.add(neutral(kind));
        }
        return new Verdict.Note(NAME, TriageLevel.WATCH,
                new Verdict.Tell("privacy", "You've mentioned " + PlainList.of(toMember) + ". Each is fine on its own, but "
                        + "together details like these could let someone work out who you are. You might keep some of "
                        + "them general."),
                new Verdict.Tell("disclosure", "Their recent posts together mention their " + PlainList.of(toModerators)
                        + "; they were nudged privately."));
    }

    /** The kind as moderators read it, about someone else. */
    private static String neutral(DisclosureKind kind) {
        return switch (kind) {
            case AGE -> "age";
            case PLACE -> "town or area";
            case WORKPLACE -> "workplace";
            case SCHOOL -> "school or college";
            case JOB -> "job";
            case RELATIVE_NAME -> "relatives' names";
            case DATE -> "dates that matter to them";
            case HEALTH_SERVICE -> "diagnosis or clinic";
            case GROUP -> "group they belong to";
            case FIRST_NAME -> "first names of people they know";
        };
    }
}
