package org.hearth.server.safety.pii;

import java.math.BigInteger;
import java.util.List;

/**
 * Numbers whose format or check digits say what they are: payment cards (13 to 19 digits, Luhn
 * check; 12 when the text speaks of a card), IBANs (ISO 13616 mod-97 check), US social security
 * numbers (3-2-4 digits outside the never-issued areas) and UK National Insurance numbers.
 * A check digit is what keeps an order number or a long count from being redacted as a card.
 * Stateless and thread-safe.
 */
final class ChecksumNumberDetector {
    /** The fewest digits any of these numbers has: a National Insurance number's six. */
    private static final int MIN_DIGITS = 6;

    void find(Tokens tokens, CueWords cues, List<PiiFinding> out) {
        if (tokens.digitCount() < MIN_DIGITS) {
            return; // most messages: no scan at all
        }
        findCards(tokens, cues.mentionsCard(), out);
        findSocialSecurityNumbers(tokens, cues.mentionsSocialSecurity(), out);
        findIbans(tokens.text(), out);
        findNationalInsuranceNumbers(tokens.text(), out);
    }

    private static void findCards(Tokens tokens, boolean cardMentioned, List<PiiFinding> out) {
        int minDigits = cardMentioned ? 12 : 13;
        for (int first = 0; first < tokens.size(); first++) {
            if (!tokens.isNumber(first) || (first > 0 && tokens.isNumber(first - 1) && cardGap(tokens, first))) {
                continue; // only from the first group of a run
            }
            int digits = 0;
            int bestLast = -1;
            for (int last = first; last < tokens.size() && tokens.isNumber(last); last++) {
                if (last > first && !cardGap(tokens, last)) {
                    break;
                }
                digits += tokens.length(last);
                if (digits > 19) {
                    break;
                }
                if (digits >= minDigits && passesLuhn(tokens, first, last)) {
                    bestLast = last;
                }
            }
            if (bestLast >= 0) {
                out.add(new PiiFinding(PiiKind.PAYMENT_CARD, tokens.start(first), tokens.end(bestLast)));
                first = bestLast;
            }
        }
    }

    private static boolean cardGap(Tokens tokens, int i) {
        String gap = tokens.gapBefore(i);
        return gap.equals(" ") || gap.equals("-");
    }

    /** The Luhn check over the digits of tokens first..last; all zeros is not a number anyone holds. */
    static boolean passesLuhn(Tokens tokens, int first, int last) {
        int sum = 0;
        boolean doubled = false;
        boolean nonZero = false;
        for (int t = last; t >= first; t--) {
            for (int k = tokens.end(t) - 1; k >= tokens.start(t); k--) {
                int digit = tokens.text().charAt(k) - '0';
                nonZero |= digit != 0;
                if (doubled) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
                doubled = !doubled;
            }
        }
        return nonZero && sum % 10 == 0;
    }

    /** "123-45-6789" or "123 45 6789"; nine digits in a row only when the text says it is a social security number. */
    private static void findSocialSecurityNumbers(Tokens tokens, boolean ssnMentioned, List<PiiFinding> out) {
        String text = tokens.text();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isNumber(i) || (i > 0 && tokens.isNumber(i - 1) && tokens.gapBefore(i).length() == 1)) {
                continue;
            }
            if (tokens.length(i) == 3 && i + 2 < tokens.size() && tokens.isNumber(i + 1) && tokens.isNumber(i + 2)
                    && tokens.length(i + 1) == 2 && tokens.length(i + 2) == 4) {
                String gap = tokens.gapBefore(i + 1);
                boolean sameSeparator = gap.equals(tokens.gapBefore(i + 2)) && (gap.equals("-") || gap.equals(" ") || gap.equals("."));
                boolean endsThere = i + 3 >= tokens.size() || !tokens.isNumber(i + 3) || tokens.gapBefore(i + 3).length() > 1;
                if (sameSeparator && endsThere && validSsn(text, tokens.start(i), tokens.start(i + 1), tokens.start(i + 2))) {
                    out.add(new PiiFinding(PiiKind.NATIONAL_ID, tokens.start(i), tokens.end(i + 2)));
                }
            } else if (ssnMentioned && tokens.length(i) == 9) {
                int s = tokens.start(i);
                if (validSsn(text, s, s + 3, s + 5)) {
                    out.add(new PiiFinding(PiiKind.NATIONAL_ID, s, tokens.end(i)));
                }
            }
        }
    }

    /** Area 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
    private static boolean validSsn(String text, int area, int group, int serial) {
        int areaNumber = Integer.parseInt(text, area, area + 3, 10);
        int groupNumber = Integer.parseInt(text, group, group + 2, 10);
        int serialNumber = Integer.parseInt(text, serial, serial + 4, 10);
        return areaNumber != 0 && areaNumber != 666 && areaNumber < 900 && groupNumber != 0 && serialNumber != 0;
    }

    /** Country code, two check digits, then up to 30 letters and digits, in groups of four or run together. */
    private static void findIbans(String text, List<PiiFinding> out) {
        int n = text.length();
        for (int i = 0; i + 15 <= n; i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (!wordStart || !isUpper(text.charAt(i)) || !isUpper(text.charAt(i + 1)) || !Tokens.isDigit(text.charAt(i + 2))
                    || !Tokens.isDigit(text.charAt(i + 3))) {
                continue;
            }
            StringBuilder compact = new StringBuilder();
            int end = i;
            int lastValidEnd = -1;
            int k = i;
            while (k < n && compact.length() < 34) {
                char c = text.charAt(k);
                if (Tokens.isDigit(c) || isUpper(c)) {
                    compact.append(c);
                    end = ++k;
                    boolean groupEnds = k == n || !Character.isLetterOrDigit(text.charAt(k));
                    if (groupEnds && compact.length() >= 15 && passesMod97(compact)) {
                        lastValidEnd = end;
                    }
                } else if (c == ' ' && k + 1 < n && Character.isLetterOrDigit(text.charAt(k + 1)) && k > i) {
                    k++;
                } else {
                    break;
                }
            }
            if (lastValidEnd > 0) {
                out.add(new PiiFinding(PiiKind.IBAN, i, lastValidEnd));
                i = lastValidEnd;
            }
        }
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** ISO 13616: move the first four characters to the end, letters to 10..35, and the number mod 97 is 1. */
    static boolean passesMod97(CharSequence iban) {
        StringBuilder digits = new StringBuilder(iban.length() * 2);
        String rearranged = iban.subSequence(4, iban.length()).toString() + iban.subSequence(0, 4);
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (Tokens.isDigit(c)) {
                digits.append(c);
            } else {
                digits.append(c - 'A' + 10);
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /**
     * UK National Insurance numbers, "QQ 12 34 56 C" or "QQ123456C": two prefix letters (not D, F, I,
     * Q, U, V; the second not O; not the reserved BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix A-D.
     */
    private static void findNationalInsuranceNumbers(String text, List<PiiFinding> out) {
        int n = text.length();
        for (int i = 0; i + 9 <= n; i++) {
            if ((i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) || !validNiPrefix(text.charAt(i), text.charAt(i + 1))) {
                continue;
            }
            int k = i + 2;
            int digits = 0;
            while (k < n && digits < 6) {
                char c = text.charAt(k);
                if (Tokens.isDigit(c)) {
                    digits++;
                    k++;
                } else if (c == ' ' && digits % 2 == 0) {
                    k++;
                } else {
                    break;
                }
            }
            if (digits != 6) {
                continue;
            }
            if (k < n && text.charAt(k) == ' ') {
                k++;
            }
            if (k < n && text.charAt(k) >= 'A' && text.charAt(k) <= 'D' && (k + 1 == n || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
                out.add(new PiiFinding(PiiKind.NATIONAL_ID, i, k + 1));
                i = k;
            }
        }
    }

    private static boolean validNiPrefix(char first, char second) {
        if (!isUpper(first) || !isUpper(second) || "DFIQUV".indexOf(first) >= 0 || "DFIOQUV".indexOf(second) >= 0) {
            return false;
        }
        String prefix = "" + first + second;
        return !List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix);
    }
}
