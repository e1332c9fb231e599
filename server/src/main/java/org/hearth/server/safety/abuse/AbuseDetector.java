package org.hearth.server.safety.abuse;

import java.util.ArrayList;
import java.util.List;
import org.ahocorasick.trie.PayloadEmit;

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
 * message; the work is one normalisation, one automaton pass and a few word look-ups per match.
 */
public final class AbuseDetector {
    private final AbuseTerms terms;

    /** A detector with the word list shipped with the server. */
    public AbuseDetector() {
        this(AbuseTerms.load());
    }

    AbuseDetector(AbuseTerms terms) {
        this.terms = terms;
    }

    /** What the message shows: the most serious kind of abuse found, or {@link AbuseAssessment#NONE}. */
    public AbuseAssessment assess(String text) {
        if (text == null || text.isBlank()) {
            return AbuseAssessment.NONE;
        }
        PreparedText prepared = PreparedText.of(text);
        if (prepared.words().length == 0) {
            return AbuseAssessment.NONE;
        }
        List<Match> matches = new ArrayList<>(4);
        terms.automaton().parseText(prepared.joined(), (PayloadEmit<PhraseClass> emit) -> {
            matches.add(new Match(prepared.wordAt(emit.getStart()), prepared.wordAt(emit.getEnd()),
                    emit.getKeyword(), emit.getPayload()));
            return true;
        });
        if (matches.isEmpty()) {
            return AbuseAssessment.NONE;
        }
        AbuseKind worst = AbuseKind.NONE;
        for (Match match : matches) {
            if (match.phraseClass() == PhraseClass.EXEMPT || partOfExemptPhrase(match, matches)) {
                continue;
            }
            AbuseKind kind = judge(match, prepared);
            if (kind.compareTo(worst) > 0) {
                worst = kind;
            }
        }
        return worst == AbuseKind.NONE ? AbuseAssessment.NONE : new AbuseAssessment(worst);
    }

    private AbuseKind judge(Match match, PreparedText prepared) {
        String[] w = prepared.words();
        int first = match.first();
        int last = match.last();
        return switch (match.phraseClass()) {
            case SLUR -> spelledAsSlur(match, prepared) ? AbuseKind.SLUR : AbuseKind.NONE;
            case RECLAIMABLE_SLUR -> SentenceContext.selfNaming(w, first) ? AbuseKind.NONE : AbuseKind.SLUR;
            case GENDERED_SLUR -> SentenceContext.usedAsVerb(w, first, last) || SentenceContext.saidOfSelf(w, first)
                    || SentenceContext.saidOfSituation(w, first) ? AbuseKind.NONE : AbuseKind.SLUR;
            case ABLEIST_SLUR -> SentenceContext.saidOfSelf(w, first) ? AbuseKind.NONE : AbuseKind.SLUR;
            case INSULT -> countable(w, first) && SentenceContext.aimedAtSomeone(w, first, last)
                    ? AbuseKind.INSULT : AbuseKind.NONE;
            case INSULT_ANYWHERE -> countable(w, first) && !SentenceContext.situationAt(w, last + 1)
                    ? AbuseKind.INSULT : AbuseKind.NONE;
            case IMPERATIVE -> countable(w, first) && SentenceContext.openingOrAddressed(w, first, last)
                    ? AbuseKind.HARASSMENT : AbuseKind.NONE;
            case WEAK_IMPERATIVE -> countable(w, first) && SentenceContext.addressed(w, first, last)
                    ? AbuseKind.HARASSMENT : AbuseKind.NONE;
            case HARASSMENT -> countable(w, first) ? AbuseKind.HARASSMENT : AbuseKind.NONE;
            case THREAT -> countable(w, first) ? AbuseKind.THREAT : AbuseKind.NONE;
            case EXEMPT -> AbuseKind.NONE;
        };
    }

    /** Neither negated ("you're not a loser") nor reported ("she said I should go away"). */
    private static boolean countable(String[] w, int first) {
        return !SentenceContext.negatedBefore(w, first) && !SentenceContext.reported(w, first);
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
    private static boolean partOfExemptPhrase(Match match, List<Match> matches) {
        if (match.phraseClass() == PhraseClass.INSULT) {
            return false;
        }
        for (Match other : matches) {
            if (other.phraseClass() == PhraseClass.EXEMPT && other.first() <= match.last() && other.last() >= match.first()) {
                return true;
            }
        }
        return false;
    }

    /** One listed phrase found in the message, by the indexes of its first and last words. */
    private record Match(int first, int last, String phrase, PhraseClass phraseClass) {
    }
}
