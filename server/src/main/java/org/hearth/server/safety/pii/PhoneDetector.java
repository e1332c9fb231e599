package org.hearth.server.safety.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;

/**
 * Phone numbers. Google's libphonenumber reads international numbers ("+44 20 7946 0958") in any
 * region and national ones in the default region's formats; a number written in another country's
 * national format ("030 901820", "24 71 50 30") is taken when it is grouped like a phone number and
 * the text talks about phones. Immutable and thread-safe (libphonenumber's util is).
 */
final class PhoneDetector {
    /** Fewer digits than this cannot be a phone number anywhere; below it the costly parser is not called. */
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    PhoneDetector(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    void find(Tokens tokens, CueWords cues, List<PiiFinding> out) {
        if (tokens.digitCount() < MIN_DIGITS) {
            return;
        }
        String text = tokens.text();
        // The parser's cost grows with the text, so it reads only the runs of digits and separators
        // that could hold a number, each with a character of context either side.
        int i = 0;
        while (i < text.length()) {
            int runEnd = digitRunEnd(text, i);
            if (runEnd < 0) {
                i++;
                continue;
            }
            int digits = digitsIn(text, i, runEnd);
            // more than fifteen digits is no phone number anywhere (E.164): a card or an account number; three or
            // more groups without '+' are left to the grouped-digit reading below, at a fraction of the cost
            if (digits < MIN_DIGITS || digits > MAX_DIGITS || groupedWithoutPlus(text, i, runEnd)) {
                i = Math.max(runEnd, i + 1);
                continue;
            }
            int from = Math.max(0, i - 1);
            int to = Math.min(text.length(), runEnd + 1);
            String window = text.substring(from, to);
            for (PhoneNumberMatch match : PHONES.findNumbers(window, defaultRegion, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
                int start = from + match.start();
                int end = from + match.end();
                if (!looksLikeDateOrTime(text, start, end)) {
                    out.add(new PiiFinding(PiiKind.PHONE, start, end));
                }
            }
            i = runEnd;
        }
        findGroupedDigits(tokens, cues.mentionsPhone(), out);
    }

    /**
     * Where a run starting at {@code start} of digits and the characters phone numbers are written
     * with ("+44 (0)20 7946-0958") ends, after its last digit; -1 when no run starts there.
     */
    private static int digitRunEnd(String text, int start) {
        char first = text.charAt(start);
        if (!Tokens.isDigit(first) && first != '+' && first != '(') {
            return -1;
        }
        int lastDigitEnd = start;
        int separators = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Tokens.isDigit(c)) {
                lastDigitEnd = i + 1;
                separators = 0;
            } else if (" -.()/+".indexOf(c) >= 0 && ++separators <= 2) {
                continue;
            } else {
                break;
            }
        }
        return lastDigitEnd;
    }

    private static int digitsIn(String text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            digits += Tokens.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    private static boolean groupedWithoutPlus(String text, int start, int end) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '+') {
                return false;
            }
            boolean digit = Tokens.isDigit(c);
            if (digit && !inGroup) {
                groups++;
            }
            inGroup = digit;
        }
        return groups >= 3;
    }

    /** "2003-08-28 12:13": a date with a time after it, which the phone parser reads as a number. */
    private static boolean looksLikeDateOrTime(String text, int start, int end) {
        if (end < text.length() && text.charAt(end) == ':') {
            return true;
        }
        int dashes = 0;
        for (int i = start; i < end; i++) {
            dashes += text.charAt(i) == '-' ? 1 : 0;
        }
        return dashes == 2 && end - start >= 10 && text.charAt(start + 4) == '-';
    }

    /**
     * Digit groups joined by single spaces, dashes, dots or brackets, 7 to 15 digits in all ("78 651
     * 450", "(0)20-7946-0958"). Three or more groups, or two starting with a trunk 0 ("0961-7596216"),
     * are read as a phone number anywhere; fewer groups only where the text talks about phones.
     */
    private static void findGroupedDigits(Tokens tokens, boolean phoneTalk, List<PiiFinding> out) {
        String text = tokens.text();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.isNumber(i) || (i > 0 && joinsNumbers(tokens, i) && tokens.isNumber(i - 1))) {
                i++;
                continue;
            }
            int date = Dates.dateEnd(tokens, i);
            if (date >= 0) {
                i = date + 1; // "2003-08-28", "12.05.1990": a date, whatever follows
                continue;
            }
            int last = i;
            int digits = tokens.length(i);
            while (last + 1 < tokens.size() && tokens.isNumber(last + 1) && joinsNumbers(tokens, last + 1)) {
                last++;
                digits += tokens.length(last);
            }
            int start = tokens.start(i);
            if (start > 0 && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '(')) {
                start--;
            }
            boolean trunkZero = text.charAt(tokens.start(i)) == '0' || text.charAt(start) == '+';
            boolean shaped = (last >= i + 2 && digits >= 8 || last > i && trunkZero && digits >= 9) && hasLongGroup(tokens, i, last);
            boolean grouped = shaped || phoneTalk && (last > i || digits >= 8);
            boolean time = tokens.end(last) < text.length() && text.charAt(tokens.end(last)) == ':';
            if (grouped && !time && digits >= MIN_DIGITS && digits <= MAX_DIGITS && !overlapsAny(out, start, tokens.end(last))) {
                out.add(new PiiFinding(PiiKind.PHONE, start, tokens.end(last)));
            }
            i = last + 1;
        }
    }

    /** A list of small numbers ("scores 10 12 14 16") has no group of three digits; a phone number has one. */
    private static boolean hasLongGroup(Tokens tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (tokens.length(k) >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinsNumbers(Tokens tokens, int i) {
        String gap = tokens.gapBefore(i);
        return gap.equals(" ") || gap.equals("-") || gap.equals(".") || gap.equals(") ") || gap.equals(")")
                || gap.equals(" - ");
    }

    private static boolean overlapsAny(List<PiiFinding> found, int start, int end) {
        for (PiiFinding finding : found) {
            if (finding.start() < end && start < finding.end()) {
                return true;
            }
        }
        return false;
    }
}
