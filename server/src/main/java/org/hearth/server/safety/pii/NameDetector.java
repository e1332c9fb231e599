package org.hearth.server.safety.pii;

import java.util.List;

/**
 * Full names of people. A name is taken where the text says it is one: after "my name is",
 * "call me", "I'm called", a sign-off ("Regards,"), and two or more words after "named" or "called"; after a title ("Mr Jones", "Dr. Amy
 * Lee"); after "I'm" when two capitalised words follow ("I'm Jane Smith"); and as a pair of
 * capitalised words mid-text that are not places, languages, months or function words ("met Teresa
 * Kreutzmann"). A single capitalised word is a name only after an introducing phrase, so "Hi Sam"
 * to another member stays as it is. Stateless and thread-safe.
 */
final class NameDetector {
    private static final int MAX_NAME_WORDS = 4;

    void find(Tokens tokens, CueWords cues, List<PiiFinding> out) {
        for (int cueEnd : cues.endsOf(CueWords.Cue.NAME_INTRO)) {
            String cue = cues.phraseEndingAt(CueWords.Cue.NAME_INTRO, cueEnd);
            int first = tokens.firstAtOrAfter(cueEnd);
            int last = nameEnd(tokens, first);
            boolean explicit = cue.equals("my name is") || cue.equals("call me") || cue.equals("name is")
                    || cue.equals("my name's") || cue.equals("my full name");
            if (last < 0 && explicit) {
                last = lowerCaseNameEnd(tokens, first);
            }
            if (last < 0) {
                continue;
            }
            // "I called Sarah", "a film called Frozen": after these a single word is at most a first name, tallied elsewhere
            boolean fullNameNeeded = cue.equals("i'm") || cue.equals("i am") || cue.equals("im") || cue.equals("this is")
                    || cue.equals("name") || cue.equals("called") || cue.equals("named") || cue.equals("known as");
            if (!fullNameNeeded || last > first) {
                out.add(new PiiFinding(PiiKind.PERSON_NAME, tokens.start(first), tokens.end(last)));
            }
        }
        for (int cueEnd : cues.endsOf(CueWords.Cue.NAME_TITLE)) {
            int title = tokens.firstAtOrAfter(cueEnd) - 1;
            int first = tokens.firstAtOrAfter(cueEnd);
            // a title is capitalised and followed by a name: "Mr Jones", not "the dr said"
            if (title >= 0 && tokens.isCapitalised(title) && first < tokens.size() && tokens.gapBefore(first).length() <= 2) {
                int last = nameEnd(tokens, first);
                if (last >= 0) {
                    out.add(new PiiFinding(PiiKind.PERSON_NAME, tokens.start(title), tokens.end(last)));
                }
            }
        }
        findCapitalisedPairs(tokens, out);
    }

    /** The last token of a name of one to four capitalised words starting at {@code first}, or -1. */
    private static int nameEnd(Tokens tokens, int first) {
        if (first >= tokens.size() || !isNameWord(tokens, first)) {
            return -1;
        }
        int last = first;
        for (int k = first + 1; k < tokens.size() && k - first < MAX_NAME_WORDS; k++) {
            String gap = tokens.gapBefore(k);
            boolean joined = gap.equals(" ") || (gap.equals(". ") && isInitial(tokens, k - 1));
            if (tokens.endsWithPossessive(k - 1)) {
                break; // "Grey's Anatomy": what follows a possessive is not more of the name
            }
            if (!joined) {
                break;
            }
            if (isNameWord(tokens, k)) {
                last = k;
            } else if (!isParticle(tokens, k) && !isInitial(tokens, k)) {
                break;
            }
        }
        return last;
    }

    /** "Hanne I. Kreutzmann", "Ryan P Costa": one capital letter inside a name. */
    private static boolean isInitial(Tokens tokens, int k) {
        return tokens.length(k) == 1 && tokens.isCapitalised(k);
    }

    /**
     * After "my name is" or "call me" a name may be typed in lower case ("my name is lena
     * andersson"): up to three words that are not function words ("my name is not important").
     */
    private static int lowerCaseNameEnd(Tokens tokens, int first) {
        int last = -1;
        for (int k = first; k < tokens.size() && k < first + 3; k++) {
            if (k > first && !tokens.spaceOnlyBefore(k) || !tokens.isWord(k) || tokens.length(k) < 2
                    || KnownWords.isNotAName(tokens, k) || tokens.isCapitalised(k) && !isNameWord(tokens, k)) {
                break;
            }
            last = k;
        }
        return last;
    }

    private static boolean isNameWord(Tokens tokens, int i) {
        return tokens.isCapitalised(i) && !(tokens.isAllCaps(i) && tokens.length(i) > 1) && tokens.length(i) > 1
                && !KnownWords.isNotAName(tokens, i) && !StreetWords.isTypeAfterName(tokens, i)
                && !StreetWords.isUnit(tokens, i) && !OrganisationWords.isOrganisationWord(tokens, i);
    }

    private static boolean isParticle(Tokens tokens, int i) {
        return tokens.is(i, "van") || tokens.is(i, "de") || tokens.is(i, "der") || tokens.is(i, "von") || tokens.is(i, "da")
                || tokens.is(i, "di") || tokens.is(i, "del") || tokens.is(i, "la") || tokens.is(i, "le") || tokens.is(i, "bin")
                || tokens.is(i, "al") || tokens.is(i, "ten") || tokens.is(i, "ter") || tokens.is(i, "den") || tokens.is(i, "du")
                || tokens.is(i, "dos") || tokens.is(i, "das") || tokens.is(i, "ibn") || tokens.is(i, "ben") || tokens.is(i, "el");
    }

    /**
     * Two to four capitalised words in a row, the pattern of a first and last name; not where the
     * words go on into an organisation or street ("Acme Widgets Ltd", "Elm Tree Road") or follow
     * "the" ("the Big Three").
     */
    private static void findCapitalisedPairs(Tokens tokens, List<PiiFinding> out) {
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens, i) || (i > 0 && tokens.is(i - 1, "the")) || tokens.opensSentence(i) && looksLikeVerbOrAdverb(tokens, i)) {
                i++;
                continue;
            }
            int last = nameEnd(tokens, i);
            if (last > i && !continuesAsPlaceOrOrganisation(tokens, last)) {
                out.add(new PiiFinding(PiiKind.PERSON_NAME, tokens.start(i), tokens.end(last)));
            }
            i = Math.max(last, i) + 1;
        }
    }

    /** A sentence opened by "Watching …", "Finished …", "Honestly …" starts with no name. */
    private static boolean looksLikeVerbOrAdverb(Tokens tokens, int i) {
        String lower = tokens.lower(i);
        return lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("ly");
    }

    private static boolean continuesAsPlaceOrOrganisation(Tokens tokens, int last) {
        int next = last + 1;
        if (next >= tokens.size() || !tokens.spaceOnlyBefore(next)) {
            return false;
        }
        String word = tokens.word(next);
        return OrganisationWords.isOrganisationWord(word) || StreetWords.isTypeAfterName(word) || KnownWords.isPlaceWord(word)
                || (tokens.isCapitalised(next) && !tokens.isAllCaps(next));
    }
}
