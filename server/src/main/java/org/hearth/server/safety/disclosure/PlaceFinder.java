package org.hearth.server.safety.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.hearth.server.safety.pii.KnownWords;
import org.hearth.server.safety.pii.OrganisationWords;
import org.hearth.server.safety.pii.Tokens;

/**
 * Towns, cities, areas and countries: a capitalised name after words that place the author ("I
 * live in", "from", "here in", "moved to"), and any country or time-zone city the JDK knows by
 * name, matched in one Aho–Corasick pass. No town list is bundled: none is kept as a Maven
 * artifact, so smaller places are found from the words around them. Immutable and thread-safe.
 */
final class PlaceFinder {
    private static final Trie KNOWN_PLACES = knownPlaces();
    private static final int MAX_PLACE_WORDS = 3;

    private static Trie knownPlaces() {
        Set<String> places = new HashSet<>(KnownWords.countries());
        places.addAll(KnownWords.cities());
        places.addAll(List.of("USA", "UK", "US", "England", "Scotland", "Wales", "Northern Ireland", "Europe", "Africa",
                "Asia", "America"));
        return Trie.builder().onlyWholeWords().addKeywords(places).build();
    }

    void find(Tokens tokens, SelfDescriptionCues cues, List<Disclosure> out) {
        for (Emit emit : KNOWN_PLACES.parseText(tokens.text())) {
            out.add(new Disclosure(DisclosureKind.PLACE, emit.getStart(), emit.getEnd() + 1));
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
            if (!OrganisationWords.isOrganisationWord(tokens.lower(last))) {
                out.add(new Disclosure(DisclosureKind.PLACE, tokens.start(first), tokens.end(last)));
            }
        }
    }

    /** Capitalised, and not a month, weekday, language or function word ("in May", "from Monday", "in English"). */
    private static boolean isPlaceWord(Tokens tokens, int i) {
        if (!tokens.isCapitalised(i) || tokens.is(i, "i")) {
            return false;
        }
        String word = tokens.word(i);
        return KnownWords.isPlaceWord(word) || !KnownWords.isNotAName(word);
    }
}
