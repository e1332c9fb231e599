package org.hearth.server.safety.pii;

import java.util.List;

/**
 * Identity numbers that have no check digit of their own but are named as such: "my licence
 * number is F1628235", "NHS number 485 777 3456", "passport no: 502135326". The number is the
 * first run of letters and digits, with at least five digits, within a few words of the name.
 * Stateless and thread-safe.
 */
final class NamedIdNumberDetector {
    private static final int REACH = 3;
    private static final int MIN_DIGITS = 5;

    void find(Tokens tokens, CueWords cues, List<PiiFinding> out) {
        for (int cueEnd : cues.endsOf(CueWords.Cue.ID_NUMBER)) {
            int first = tokens.firstAtOrAfter(cueEnd);
            for (int i = first; i < tokens.size() && i < first + REACH; i++) {
                int last = i;
                int digits = digitsIn(tokens, i);
                while (last + 1 < tokens.size() && isJoined(tokens, last + 1)) {
                    last++;
                    digits += digitsIn(tokens, last);
                }
                if (digits >= MIN_DIGITS) {
                    out.add(new PiiFinding(PiiKind.NATIONAL_ID, tokens.start(i), tokens.end(last)));
                    break;
                }
            }
        }
    }

    /** "F162823540116" is a letter token and a number token with nothing between; "485 777 3456" is numbers spaced apart. */
    private static boolean isJoined(Tokens tokens, int k) {
        String gap = tokens.gapBefore(k);
        return gap.isEmpty() || (gap.equals("-") || gap.equals(" ")) && tokens.isNumber(k - 1) && tokens.isNumber(k);
    }

    private static int digitsIn(Tokens tokens, int k) {
        return tokens.isNumber(k) ? tokens.length(k) : 0;
    }
}
