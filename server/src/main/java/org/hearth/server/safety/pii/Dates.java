package org.hearth.server.safety.pii;

/**
 * Dates that name a particular day: "12/05/1990", "1990-05-12", "May 12, 1990", "12th of May",
 * "May 12th". A year or a month alone is not a particular day and is not read as one. Stateless.
 */
public final class Dates {
    private static final WordSet MONTHS = WordSet.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    private Dates() {
    }

    /** The last token of a date that starts at token {@code i}, or -1 when none does. */
    public static int dateEnd(Tokens tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        if (tokens.isNumber(i)) {
            if (tokens.length(i) > 4) {
                return -1;
            }
            int numeric = numericDateEnd(tokens, i);
            if (numeric >= 0) {
                return numeric;
            }
            // "12 May 1990", "12th of May"
            int k = skipOrdinal(tokens, i);
            if (k + 1 < tokens.size() && tokens.is(k + 1, "of")) {
                k++;
            }
            if (k + 1 < tokens.size() && tokens.length(i) <= 2 && isMonth(tokens, k + 1) && dayNumber(tokens, i)) {
                return yearAfter(tokens, k + 1);
            }
            return -1;
        }
        if (isMonth(tokens, i) && i + 1 < tokens.size() && tokens.isNumber(i + 1) && tokens.length(i + 1) <= 2
                && dayNumber(tokens, i + 1) && tokens.gapBefore(i + 1).length() <= 2) {
            return yearAfter(tokens, skipOrdinal(tokens, i + 1)); // "May 12th, 1990"
        }
        return -1;
    }

    private static int numericDateEnd(Tokens tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.isNumber(i + 1) || !tokens.isNumber(i + 2)) {
            return -1;
        }
        String gap = tokens.gapBefore(i + 1);
        if (!gap.equals(tokens.gapBefore(i + 2)) || !(gap.equals("/") || gap.equals("-") || gap.equals("."))) {
            return -1;
        }
        int a = tokens.length(i);
        int b = tokens.length(i + 1);
        int c = tokens.length(i + 2);
        boolean dayMonthYear = a <= 2 && b <= 2 && (c == 2 || c == 4) && value(tokens, i) >= 1 && value(tokens, i + 1) >= 1
                && value(tokens, i) <= 31 && value(tokens, i + 1) <= 31 && (value(tokens, i) <= 12 || value(tokens, i + 1) <= 12);
        boolean yearMonthDay = a == 4 && b <= 2 && c <= 2 && value(tokens, i + 1) >= 1 && value(tokens, i + 1) <= 12
                && value(tokens, i + 2) >= 1 && value(tokens, i + 2) <= 31;
        return dayMonthYear || yearMonthDay ? i + 2 : -1;
    }

    private static int skipOrdinal(Tokens tokens, int number) {
        int next = number + 1;
        if (next < tokens.size() && tokens.start(next) == tokens.end(number)
                && (tokens.is(next, "st") || tokens.is(next, "nd") || tokens.is(next, "rd") || tokens.is(next, "th"))) {
            return next;
        }
        return number;
    }

    private static int yearAfter(Tokens tokens, int last) {
        int next = last + 1;
        if (next < tokens.size() && tokens.isNumber(next) && tokens.length(next) == 4 && tokens.gapBefore(next).length() <= 2) {
            return next;
        }
        return last;
    }

    private static boolean dayNumber(Tokens tokens, int i) {
        int day = value(tokens, i);
        return day >= 1 && day <= 31;
    }

    private static int value(Tokens tokens, int i) {
        return tokens.length(i) > 6 ? -1 : Integer.parseInt(tokens.text(), tokens.start(i), tokens.end(i), 10);
    }

    /** A month name; "May", "March" and the short forms only capitalised, since they are also ordinary words. */
    public static boolean isMonth(Tokens tokens, int i) {
        int length = tokens.length(i);
        if (!tokens.isWord(i) || length < 3 || length > 9 || !tokens.isCapitalised(i) && length <= 5) {
            return false;
        }
        return tokens.lowerIn(i, MONTHS);
    }
}
