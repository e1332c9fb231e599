package org.hearth.server.safety.disclosure;

import java.util.List;
import org.hearth.server.safety.pii.KnownWords;
import org.hearth.server.safety.pii.OrganisationWords;
import org.hearth.server.safety.pii.Tokens;

/**
 * Towns, cities, areas and countries: a capitalised name after words that place the author ("I
 * live in", "from", "here in", "moved to"), and any country or time-zone city the JDK knows by
 * name, matched with the cue phrases in one pass. No town list is bundled: none is
 * kept as a Maven artifact, so smaller places are found from the words around them. Stateless and
 * thread-safe.
 */
final class PlaceFinder {
    private static final int MAX_PLACE_WORDS = 3;

    void find(Tokens tokens, SelfDescriptionCues cues, List<Disclosure> out) {
        int[] placeStarts = cues.startsOf(SelfDescriptionCues.Cue.KNOWN_PLACE);
        int[] placeEnds = cues.endsOf(SelfDescriptionCues.Cue.KNOWN_PLACE);
        for (int p = 0; p < placeStarts.length; p++) {
            int start = placeStarts[p];
            int end = placeEnds[p];
            // matched regardless of case with the phrases; a place name is written with a capital ("turkey" is
            // food), a short one in capitals ("US", not "us")
            if (Character.isUpperCase(tokens.text().charAt(start)) && (end - start > 3 || allCapitals(tokens.text(), start, end))) {
                out.add(new Disclosure(DisclosureKind.PLACE, start, end));
            }
        }
        for (int cueEnd : cues.endsOf(SelfDescriptionCues.Cue.PLACE)) {
            int first = tokens.firstAtOrAfter(cueEnd);
            if (first >= tokens.size() || tokens.start(first) - cueEnd > 2 || !isPlaceWord(tokens, first)) {
                continue;
            }
            int last = first;
            while (last + 1 < tokens.size() && last + 1 - first < MAX_PLACE_WORDS && tokens.spaceOnlyBefore(last + 1)
                    && isPlaceWord(tokens, last + 1)) {
                last++;
            }
            if (!OrganisationWords.isOrganisationWord(tokens, last)) {
                out.add(new Disclosure(DisclosureKind.PLACE, tokens.start(first), tokens.end(last)));
            }
        }
    }

    private static boolean allCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised, and not a month, weekday, language or function word ("in May", "from Monday", "in English"). */
    private static boolean isPlaceWord(Tokens tokens, int i) {
        if (!tokens.isCapitalised(i) || tokens.is(i, "i") || tokens.isAllCaps(i) && tokens.length(i) <= 3) {
            return false; // "from ATM", "in A&E": short capitals are abbreviations; "UK" and "US" are known places
        }
        return KnownWords.isPlaceWord(tokens, i) || !KnownWords.isNotAName(tokens, i);
    }
}
