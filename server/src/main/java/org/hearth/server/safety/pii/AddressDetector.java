package org.hearth.server.safety.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses and postcodes. An address is anchored on something only addresses have: a
 * house number with a street type ("12 Elm Street", "Rue de Rivoli 8", "Parijsstraat 8"), a flat
 * or suite number ("Apt. 4B"), a PO or military box ("PSC 6477, Box 2981"), or, when the text talks
 * about an address, a capitalised name with a house number ("Tungata 11"). From the anchor it takes
 * in the house number, the unit, and the town, region, postcode and country lines that follow.
 * Postcodes alone are UK and Canadian postcodes, and US ZIP codes after a state or the word "zip".
 * Immutable and thread-safe.
 */
final class AddressDetector {
    /** UK postcodes ("SW1A 1AA", "M1 1AE"), Canadian ones ("K1A 0B1"); compiled once, matched per message. */
    private static final Pattern UK_OR_CANADIAN_POSTCODE = Pattern.compile(
            "\\b(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}|[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9])\\b");
    private static final int MAX_HOUSE_NUMBER_DIGITS = 5;
    /** Town, region, postcode (two tokens in the UK), country: room for each, not for the rest of a long message. */
    private static final int MAX_TRAILING_PARTS = 8;

    void find(Tokens tokens, CueWords cues, List<PiiFinding> out) {
        boolean addressTalk = cues.has(CueWords.Cue.ADDRESS);
        int i = 0;
        while (i < tokens.size()) {
            int coreEnd = anchorEnd(tokens, i, addressTalk);
            if (coreEnd < 0) {
                i++;
                continue;
            }
            int first = i;
            if (first > 0 && tokens.isNumber(first - 1) && tokens.spaceOnlyBefore(first) && tokens.length(first - 1) <= MAX_HOUSE_NUMBER_DIGITS) {
                first--; // "34151 Nybyvägen 65": a postcode or house number before the street
            }
            int last = extend(tokens, coreEnd);
            out.add(new PiiFinding(PiiKind.STREET_ADDRESS, tokens.start(first), tokens.end(last)));
            i = last + 1;
        }
        findPostcodes(tokens, cues, out);
    }

    /** The last token of an address anchored at token {@code i}, or -1 when none starts there. */
    private static int anchorEnd(Tokens tokens, int i, boolean addressTalk) {
        if (tokens.isNumber(i) && tokens.length(i) > MAX_HOUSE_NUMBER_DIGITS) {
            return -1;
        }
        if (tokens.isWord(i) && !addressTalk && !tokens.isCapitalised(i) && !tokens.is(i, "ul")) {
            return -1; // most words: a lower-case word anchors only "ul." or, where the text speaks of an address, "apt 4"
        }
        if (tokens.isNumber(i)) {
            // "590 Edington Drive", "74 Diakou Street": number, up to four name words, a street type;
            // "20 Rue Hsine Eloued": number, a street type that goes first, a name
            int afterNumber = i + 1;
            if (afterNumber + 1 < tokens.size() && tokens.isWord(afterNumber) && sameLine(tokens, afterNumber)
                    && StreetWords.isTypeBeforeName(tokens, afterNumber) && tokens.isWord(afterNumber + 1)
                    && tokens.spaceOnlyBefore(afterNumber + 1)) {
                int last = afterNumber + 1;
                while (last + 1 < tokens.size() && last + 1 <= afterNumber + 4 && tokens.isWord(last + 1) && tokens.spaceOnlyBefore(last + 1)
                        && (tokens.isCapitalised(last + 1) || isNameParticle(tokens, last + 1))) {
                    last++;
                }
                return last;
            }
            for (int k = i + 1; k < tokens.size() && k <= i + 5 && tokens.isWord(k) && sameLine(tokens, k); k++) {
                if (k > i + 1 && StreetWords.isTypeAfterName(tokens, k)) {
                    return k;
                }
                if (!tokens.isCapitalised(k) && !isNameParticle(tokens, k)) {
                    break;
                }
                if (StreetWords.hasTypeSuffix(tokens, k)) {
                    return houseNumberAfter(tokens, k);
                }
            }
            return -1;
        }
        if (tokens.isWord(i) && StreetWords.isUnit(tokens, i) && i + 1 < tokens.size() && tokens.isNumber(i + 1)
                && (tokens.isCapitalised(i) || addressTalk)) {
            int k = i + 1;
            if (tokens.is(i, "box") || tokens.is(i, "po")) {
                k = tokens.is(i, "po") && i + 2 < tokens.size() && tokens.is(i + 1, "box") ? i + 2 : k;
            }
            return k < tokens.size() && tokens.isNumber(k) ? k : -1;
        }
        if (tokens.isAllCaps(i) && (tokens.is(i, "psc") || tokens.is(i, "cmr") || tokens.is(i, "uss") || tokens.is(i, "usns")
                || tokens.is(i, "usnv") || tokens.is(i, "usc")) && i + 1 < tokens.size()) {
            return i + 1; // US military mail: "PSC 1234, Box 5678", "USNS Comfort"
        }
        if (tokens.isWord(i) && StreetWords.isTypeBeforeName(tokens, i) && (tokens.isCapitalised(i) || tokens.is(i, "ul"))) {
            // "Rue de Piétrain 371", "ul. Grochowa 80", "Via Roma 131"
            for (int k = i + 1; k < tokens.size() && k <= i + 5 && sameLine(tokens, k); k++) {
                if (tokens.isNumber(k)) {
                    return k > i + 1 && tokens.length(k) <= 4 ? k : -1;
                }
                if (!tokens.isCapitalised(k) && !isNameParticle(tokens, k)) {
                    return -1;
                }
            }
            return -1;
        }
        if (tokens.isCapitalised(i) && StreetWords.hasTypeSuffix(tokens, i)) {
            int number = houseNumberAfter(tokens, i);
            return number > i ? number : -1;
        }
        if (addressTalk && tokens.isCapitalised(i) && !tokens.opensSentence(i)) {
            // "Tungata 11", "Csabai kapu 39": a capitalised name and a house number, where the text speaks of an address
            int k = i + 1;
            if (k < tokens.size() && tokens.isWord(k) && tokens.spaceOnlyBefore(k)) {
                k++;
            }
            if (k < tokens.size() && tokens.isNumber(k) && tokens.spaceOnlyBefore(k) && tokens.length(k) <= 4) {
                return k;
            }
        }
        return -1;
    }

    /** The house number right after a street name, else the street name itself. */
    private static int houseNumberAfter(Tokens tokens, int street) {
        int next = street + 1;
        if (next < tokens.size() && tokens.isNumber(next) && tokens.spaceOnlyBefore(next) && tokens.length(next) <= 4) {
            return next;
        }
        return street;
    }

    private static boolean isNameParticle(Tokens tokens, int k) {
        return tokens.is(k, "de") || tokens.is(k, "del") || tokens.is(k, "la") || tokens.is(k, "van") || tokens.is(k, "der")
                || tokens.is(k, "di") || tokens.is(k, "du") || tokens.is(k, "von") || tokens.is(k, "des") || tokens.is(k, "do")
                || tokens.is(k, "da") || tokens.is(k, "dos") || tokens.is(k, "das") || tokens.is(k, "of") || tokens.is(k, "the");
    }

    private static boolean sameLine(Tokens tokens, int k) {
        return tokens.gapBefore(k).indexOf('\n') < 0;
    }

    /**
     * Takes in what follows an address line: a house number, a unit ("Suite 620", "Apt. 4"), and up
     * to eight more tokens (town, region, postcode, country) that are capitalised or numbers, each
     * after a comma, a line break or a space, stopping at a sentence's end or an ordinary word.
     */
    private static int extend(Tokens tokens, int last) {
        int parts = 0;
        int k = last + 1;
        while (k < tokens.size() && parts < MAX_TRAILING_PARTS) {
            String gap = tokens.gapBefore(k);
            if (gap.contains(". ") && !isAbbreviationDot(tokens, k - 1) || gap.contains("?") || gap.contains("!")
                    || gap.contains(";") || gap.length() > 8 || gap.contains("(") && tokens.isWord(k)) {
                break;
            }
            if (tokens.isWord(k) && StreetWords.isUnit(tokens, k) && k + 1 < tokens.size() && tokens.isNumber(k + 1)) {
                last = k + 1;
                k += 2;
                continue;
            }
            if (tokens.isNumber(k) && startsPhoneLikeRun(tokens, k)) {
                break; // "Canada 36523\n082 490 1693": the phone number on the next line is not part of the address
            }
            boolean separated = gap.indexOf(',') >= 0 || gap.indexOf('\n') >= 0;
            boolean partLike = tokens.isNumber(k) ? tokens.length(k) <= 6 : tokens.isCapitalised(k);
            if (!partLike || (!separated && parts == 0 && tokens.isWord(k) && !tokens.isAllCaps(k) && !StreetWords.isTypeAfterName(tokens, k))) {
                break;
            }
            last = k;
            parts++;
            k++;
        }
        return last;
    }

    /** Two or more digit groups joined by single spaces, dashes or dots, seven digits or more. */
    private static boolean startsPhoneLikeRun(Tokens tokens, int k) {
        int digits = tokens.length(k);
        int groups = 1;
        for (int next = k + 1; next < tokens.size() && tokens.isNumber(next); next++) {
            String gap = tokens.gapBefore(next);
            if (!(gap.equals(" ") || gap.equals("-") || gap.equals("."))) {
                break;
            }
            digits += tokens.length(next);
            groups++;
        }
        return groups >= 2 && digits >= 7;
    }

    private static boolean isAbbreviationDot(Tokens tokens, int k) {
        return tokens.isWord(k) && (StreetWords.isTypeAfterName(tokens, k) || StreetWords.isUnit(tokens, k)
                || tokens.length(k) <= 2);
    }

    private static void findPostcodes(Tokens tokens, CueWords cues, List<PiiFinding> out) {
        String text = tokens.text();
        if (tokens.digitCount() > 0 && hasCapitalBeforeDigit(text)) {
            Matcher matcher = UK_OR_CANADIAN_POSTCODE.matcher(text);
            while (matcher.find()) {
                out.add(new PiiFinding(PiiKind.POSTCODE, matcher.start(), matcher.end()));
            }
        }
        for (int cueEnd : cues.endsOf(CueWords.Cue.ADDRESS)) {
            String cue = cues.phraseEndingAt(CueWords.Cue.ADDRESS, cueEnd);
            if (cue != null && (cue.startsWith("zip") || cue.startsWith("post"))) {
                // "zip code is 90210", "ZIP: 394 13", "postcode 53-320": the number after the word, in any country's shape
                int k = tokens.firstAtOrAfter(cueEnd);
                if (k < tokens.size() && tokens.is(k, "is")) {
                    k++;
                }
                if (k < tokens.size() && tokens.isNumber(k) && tokens.length(k) >= 3 && tokens.length(k) <= 6) {
                    out.add(new PiiFinding(PiiKind.POSTCODE, tokens.start(k), postcodeEnd(tokens, k)));
                }
            }
        }
        for (int k = 1; k < tokens.size(); k++) {
            // "Springfield, IL 62704": a two-letter state in capitals, then five digits
            if (tokens.isNumber(k) && tokens.length(k) == 5 && tokens.spaceOnlyBefore(k) && tokens.isAllCaps(k - 1)
                    && tokens.length(k - 1) == 2 && k >= 2 && tokens.gapBefore(k - 1).contains(",")) {
                out.add(new PiiFinding(PiiKind.POSTCODE, tokens.start(k), zipPlusFourEnd(tokens, k)));
            }
        }
    }

    /** Every UK and Canadian postcode has a capital letter right before a digit; most messages have none, and skip the pattern. */
    private static boolean hasCapitalBeforeDigit(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Tokens.isDigit(text.charAt(i)) && text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** "394 13", "53-320", "3610-114": a second group of two to four digits after a space or dash. */
    private static int postcodeEnd(Tokens tokens, int k) {
        String gap = k + 1 < tokens.size() ? tokens.gapBefore(k + 1) : "";
        if ((gap.equals(" ") || gap.equals("-")) && tokens.isNumber(k + 1) && tokens.length(k + 1) >= 2 && tokens.length(k + 1) <= 4) {
            return tokens.end(k + 1);
        }
        return tokens.end(k);
    }

    private static int zipPlusFourEnd(Tokens tokens, int k) {
        if (k + 1 < tokens.size() && tokens.isNumber(k + 1) && tokens.length(k + 1) == 4 && tokens.gapBefore(k + 1).equals("-")) {
            return tokens.end(k + 1);
        }
        return tokens.end(k);
    }
}
