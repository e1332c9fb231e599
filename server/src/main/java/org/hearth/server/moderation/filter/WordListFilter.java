package org.hearth.server.moderation.filter;

import java.util.List;
import org.hearth.protocol.ErrorCode;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.safety.text.TextNormalizer;

/**
 * A room's own list of words and phrases that hold a message for a moderator, or refuse it,
 * matched after {@link TextNormalizer} has undone trivial evasions. Immutable after construction,
 * so it may be shared; the work per message is one normalisation and a scan per phrase.
 */
public final class WordListFilter implements MessageFilter {
    /** What a match does. */
    public enum Action { HOLD, REJECT }

    private final String name;
    private final Action action;
    private final List<List<String>> phrases;
    private final Verdict verdict;

    /**
     * @param name the filter's name, also the rule a member is told about (for example {@code words.hold})
     * @param phrases the words or phrases, as a person would write them
     */
    public WordListFilter(String name, Action action, List<String> phrases) {
        this.name = name;
        this.action = action;
        this.phrases = phrases.stream().map(TextNormalizer::words).filter(words -> !words.isEmpty()).toList();
        this.verdict = action == Action.HOLD
                ? new Verdict.Hold(name, TriageLevel.WATCH,
                        "A moderator will read your message before the room sees it, because of a word this room watches for.")
                : new Verdict.Reject(name, ErrorCode.REJECTED_BY_RULE,
                        "This room does not allow one of the words in your message. Please say it another way.");
    }

    @Override
    public String name() {
        return name;
    }

    public Action action() {
        return action;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        if (phrases.isEmpty()) {
            return Verdict.PASS;
        }
        List<String> words = candidate.message().read(TextNormalizer.WORDS);
        for (List<String> phrase : phrases) {
            if (contains(words, phrase)) {
                return verdict;
            }
        }
        return Verdict.PASS;
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
