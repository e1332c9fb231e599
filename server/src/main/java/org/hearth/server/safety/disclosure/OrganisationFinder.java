package org.hearth.server.safety.disclosure;

import java.util.List;
import org.hearth.server.safety.pii.KnownWords;
import org.hearth.server.safety.pii.OrganisationWords;
import org.hearth.server.safety.pii.Tokens;

/**
 * Workplaces, schools and clinics named in a text: capitalised names ending in a word that makes
 * them an organisation ("Acme Ltd", "Leeds Beckett University", "Riverside Clinic"), "University of
 * X", and capitalised names after "I work at", "employed by", "I study at". The ending word says
 * which kind: a school word a school, a health word a clinic (tallied as a health service), any
 * other a workplace. Stateless and thread-safe.
 */
final class OrganisationFinder {
    private static final int MAX_NAME_WORDS = 4;

    void find(Tokens tokens, SelfDescriptionCues cues, List<Disclosure> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isCapitalised(i) || !OrganisationWords.isOrganisationWord(tokens, i)) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && i - (first - 1) <= MAX_NAME_WORDS && joinedInName(tokens, first)
                    && isNamePart(tokens, first - 1)) {
                first--;
            }
            int last = i;
            if (first == i && i + 2 < tokens.size() && tokens.is(i + 1, "of") && tokens.isCapitalised(i + 2)) {
                last = i + 2; // "University of Leeds"
            }
            if (first < i || last > i) {
                out.add(new Disclosure(kindOf(tokens.word(i), DisclosureKind.WORKPLACE), tokens.start(first), tokens.end(last)));
            }
        }
        named(tokens, cues.endsOf(SelfDescriptionCues.Cue.WORKPLACE), DisclosureKind.WORKPLACE, out);
        named(tokens, cues.endsOf(SelfDescriptionCues.Cue.SCHOOL), DisclosureKind.SCHOOL, out);
    }

    private static boolean joinedInName(Tokens tokens, int k) {
        String gap = tokens.gapBefore(k);
        return gap.equals(" ") || gap.equals(" & ") || gap.equals("'s ") || gap.equals("’s ") || gap.equals(", ");
    }

    private static boolean isNamePart(Tokens tokens, int k) {
        return tokens.isCapitalised(k) && !KnownWords.isNotAName(tokens, k) || tokens.is(k, "and")
                || KnownWords.isPlaceWord(tokens, k);
    }

    private static DisclosureKind kindOf(String word, DisclosureKind otherwise) {
        if (OrganisationWords.isSchoolWord(word)) {
            return DisclosureKind.SCHOOL;
        }
        if (OrganisationWords.isHealthWord(word)) {
            return DisclosureKind.HEALTH_SERVICE;
        }
        return OrganisationWords.isCompanyWord(word) ? DisclosureKind.WORKPLACE : otherwise;
    }

    /** One to four capitalised words right after the cue ("I work at Northfield Foods"). */
    private static void named(Tokens tokens, int[] cueEnds, DisclosureKind kind, List<Disclosure> out) {
        for (int cueEnd : cueEnds) {
            int first = tokens.firstAtOrAfter(cueEnd);
            if (first < tokens.size() && tokens.is(first, "the")) {
                first++;
            }
            if (first >= tokens.size() || !tokens.isCapitalised(first) || KnownWords.isNotAName(tokens, first)
                    && !KnownWords.isPlaceWord(tokens, first)) {
                continue;
            }
            int last = first;
            while (last + 1 < tokens.size() && last + 1 - first < MAX_NAME_WORDS && tokens.spaceOnlyBefore(last + 1)
                    && tokens.isCapitalised(last + 1)) {
                last++;
            }
            out.add(new Disclosure(kindOf(tokens.word(last), kind), tokens.start(first), tokens.end(last)));
        }
    }
}
