package org.hearth.server.safety.abuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ahocorasick.trie.PayloadEmit;
import org.hearth.server.safety.text.MessageText;

/**
 * Finds attacks on other members in a message: insults aimed at a person, harassment, slurs and
 * threats ({@link AbuseKind}). Strong language about oneself or one's situation, naming one's own
 * identity, and reports of what someone else said are not attacks.
 *
 * <p>How: the message is marked up and normalised ({@link PreparedText}, undoing spaced, repeated,
 * masked and look-alike letters), every listed phrase is found in one pass of a precompiled
 * Aho–Corasick automaton ({@link AbuseTerms}), and each match is then weighed by the words around it
 * ({@link SentenceContext}): an insulting word counts only when aimed ("you ...", "@sam is a ..."),
 * an order to leave only when it opens a sentence or names its target, and nothing counts when it is
 * negated ("you're not a loser") or reported ("he told me to go away").
 *
 * <p>A slur counts even in a report ("he called me a [slur]"): the detector cannot tell a report
 * from a use reliably, and the word itself can hurt the room's other members. The room's filter
 * holds such a message for a moderator, who can let the writer's account through; it is not
 * rejected. Insults, orders and threats in a report are not counted, so a member can tell the room
 * what was said to them.
 *
 * <p>Immutable and thread-safe: one instance serves every room. No regular expression runs per
 * message; the work is one normalisation, a look-up per word for an anchor of any listed phrase,
 * and a comparison of the words around each anchor found with the phrases it anchors (most messages
 * hold none of them and stop there), then one automaton pass and a few word look-ups per match.
 */
public final class AbuseDetector {
    private static final Comparator<Match> MOST_SERIOUS_FIRST =
            Comparator.comparing((Match match) -> match.phraseClass().mostSerious()).reversed();

    private final AbuseTerms terms;

    /** A detector with the word list shipped with the server. */
    public AbuseDetector() {
        this(AbuseTerms.load());
    }

    AbuseDetector(AbuseTerms terms) {
        this.terms = terms;
    }

    /** As {@link #assess(String)} for a message's text. */
    public AbuseAssessment assess(MessageText message) {
        return assess(message.text());
    }

    /** What the message shows: the most serious kind of abuse found, or {@link AbuseAssessment#NONE}. */
    public AbuseAssessment assess(String text) {
        if (text == null || text.isBlank()) {
            return AbuseAssessment.NONE;
        }
        PreparedText prepared = PreparedText.of(text);
        int[] anchors = terms.anchorsIn(prepared.words());
        if (anchors.length == 0 || !terms.anyPhraseAt(prepared.words(), anchors)) {
            return AbuseAssessment.NONE;
        }
        // A phrase lies within its length of its anchor, and an exempt phrase overlapping it within
        // twice that: the automaton need read only those words, not a whole long message.
        MatchWindow window = MatchWindow.around(prepared.words(), anchors, 2 * terms.longestPhrase());
        List<Match> matches = new ArrayList<>(4);
        List<Match> exempt = new ArrayList<>(0);
        terms.automaton().parseText(window.text(), (PayloadEmit<Set<PhraseClass>> emit) -> {
            int first = window.wordAt(emit.getStart());
            int last = window.wordAt(emit.getEnd());
            for (PhraseClass phraseClass : emit.getPayload()) {
                Match match = new Match(first, last, emit.getKeyword(), phraseClass);
                (phraseClass == PhraseClass.EXEMPT ? exempt : matches).add(match);
            }
            return true;
        });
        // Most serious first: a match is judged either its class's most serious kind or nothing, so the
        // first one that counts is the answer, and a long message of many matches stops early.
        matches.sort(MOST_SERIOUS_FIRST);
        Sentences sentences = new Sentences(prepared.words());
        for (Match match : matches) {
            if (!partOfExemptPhrase(match, exempt) && counts(match, prepared, sentences)) {
                return new AbuseAssessment(match.phraseClass().mostSerious());
            }
        }
        return AbuseAssessment.NONE;
    }

    /** Whether the match, in its context, is the abuse its class names. */
    private boolean counts(Match match, PreparedText prepared, Sentences sentences) {
        String[] w = prepared.words();
        int first = match.first();
        int last = match.last();
        return switch (match.phraseClass()) {
            case SLUR -> spelledAsSlur(match, prepared);
            case RECLAIMABLE_SLUR -> !SentenceContext.selfNaming(w, first);
            case GENDERED_SLUR -> !SentenceContext.usedAsVerb(w, first, last) && !SentenceContext.saidOfSelf(w, first)
                    && !SentenceContext.saidOfSituation(w, first);
            case ABLEIST_SLUR -> !SentenceContext.saidOfSelf(w, first);
            case INSULT -> countable(w, first, sentences) && SentenceContext.aimedAtSomeone(w, first, last);
            case INSULT_ANYWHERE -> countable(w, first, sentences) && !SentenceContext.situationAt(w, last + 1);
            case IMPERATIVE -> countable(w, first, sentences) && SentenceContext.openingOrAddressed(w, first, last);
            case WEAK_IMPERATIVE -> countable(w, first, sentences) && SentenceContext.addressed(w, first, last);
            case HARASSMENT, THREAT -> countable(w, first, sentences);
            case EXEMPT -> false;
        };
    }

    /** Neither negated ("you're not a loser") nor reported ("she said I should go away"). */
    private static boolean countable(String[] w, int first, Sentences sentences) {
        return !SentenceContext.negatedBefore(w, first) && !sentences.reported(first);
    }

    /** A slur whose folded spelling is an ordinary word ("Niger") counts only when spelled with its repeats. */
    private boolean spelledAsSlur(Match match, PreparedText prepared) {
        List<String> spellings = terms.repeatedSpellings(match.phrase());
        return spellings.isEmpty() || RepeatedLetters.containsAny(prepared.raw(), spellings);
    }

    /**
     * Whether an innocent phrase ("son of a bitch", "shoot you a message") overlaps the match, which
     * makes it part of that phrase; an aimed insult still counts ("you son of a bitch").
     */
    private static boolean partOfExemptPhrase(Match match, List<Match> exempt) {
        if (match.phraseClass() == PhraseClass.INSULT) {
            return false;
        }
        for (Match other : exempt) {
            if (other.first() <= match.last() && other.last() >= match.first()) {
                return true;
            }
        }
        return false;
    }

    /** One listed phrase found in the message, by the indexes of its first and last words. */
    private record Match(int first, int last, String phrase, PhraseClass phraseClass) {
    }
}
