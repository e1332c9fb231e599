package org.hearth.server.safety.pii;

import java.util.Arrays;
import org.hearth.server.safety.text.MessageText;

/**
 * The words and numbers of one text with their places, made once per message and shared by the
 * detectors so that none of them scans the text character by character again. A token is a run of
 * letters (with inner apostrophes and hyphens, "O'Neil", "Jean-Luc") or a run of digits.
 * Immutable after construction, apart from the word strings it makes on first use; one instance
 * belongs to one message ({@link #READING}) and the thread reading it.
 */
public final class Tokens {
    /** A message's tokens, made once per message and shared by the detectors that read them. */
    public static final MessageText.Reading<Tokens> READING = new MessageText.Reading<>(message -> new Tokens(message.text()));

    private final String text;
    /**
     * The text's characters, copied once: the detectors read them many times over, and array reads
     * in loops bounded by its length cost less than {@link String#charAt(int)}'s checks.
     */
    private final char[] chars;
    private int[] starts;
    private int[] ends;
    private int size;
    private String[] words;
    private String[] lowerCaseWords;
    /** Every digit of the text is in a number token, so this is also the number tokens' total length. */
    private int digitCount;

    public Tokens(String text) {
        this.text = text;
        char[] chars = text.toCharArray();
        this.chars = chars;
        int i = 0;
        int n = chars.length;
        // everyday text has a token every five or six characters: room for them all, grown rarely
        starts = new int[Math.max(16, n / 4)];
        ends = new int[starts.length];
        while (i < n) {
            char c = chars[i];
            if (isLetter(c)) {
                int start = i++;
                while (i < n && (isLetter(chars[i]) || isInnerJoiner(i))) {
                    i++;
                }
                add(start, i);
            } else if (isDigit(c)) {
                int start = i++;
                while (i < n && isDigit(chars[i])) {
                    i++;
                }
                digitCount += i - start;
                add(start, i);
            } else {
                i++;
            }
        }
    }

    /** {@link Character#isLetter(char)}, answered without its table lookup for ASCII, most of any text. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    private boolean isInnerJoiner(int i) {
        char c = chars[i];
        return (c == '\'' || c == '’' || c == '-') && i + 1 < chars.length && isLetter(chars[i + 1]);
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public String text() {
        return text;
    }

    /** The text's characters; shared, not to be modified. */
    char[] chars() {
        return chars;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The token's text, made once per token and kept. */
    public String word(int i) {
        if (words == null) {
            words = new String[size];
        }
        String word = words[i];
        if (word == null) {
            word = text.substring(starts[i], ends[i]);
            words[i] = word;
        }
        return word;
    }

    /** The token in lower case, made once per token and kept, since most detectors look words up that way. */
    public String lower(int i) {
        if (lowerCaseWords == null) {
            lowerCaseWords = new String[size];
        }
        String word = lowerCaseWords[i];
        if (word == null) {
            word = word(i).toLowerCase(java.util.Locale.ROOT);
            lowerCaseWords[i] = word;
        }
        return word;
    }

    /** Whether the token in lower case is one of {@code words}: {@code words.contains(lower(i))}, without the copy. */
    public boolean lowerIn(int i, WordSet words) {
        return words.containsLowerCase(chars, starts[i], ends[i]);
    }

    /** Whether the token as written is one of {@code words}: {@code words.contains(word(i))}, without the copy. */
    public boolean wordIn(int i, WordSet words) {
        return words.containsExact(chars, starts[i], ends[i]);
    }

    /** As {@link WordSet#containsLowerCase(char[], int, int)} for characters {@code [start, end)} of the text. */
    public boolean lowerIn(int start, int end, WordSet words) {
        return words.containsLowerCase(chars, start, end);
    }

    /** As {@link WordSet#containsExact(char[], int, int)} for characters {@code [start, end)} of the text. */
    public boolean wordIn(int start, int end, WordSet words) {
        return words.containsExact(chars, start, end);
    }

    /** Whether the token ends in a possessive "'s" or "’s" ("Mia's"), read in place. */
    public boolean endsWithPossessive(int i) {
        int end = ends[i];
        return end - starts[i] >= 2 && chars[end - 1] == 's' && (chars[end - 2] == '\'' || chars[end - 2] == '’');
    }

    public int length(int i) {
        return ends[i] - starts[i];
    }

    public boolean isNumber(int i) {
        return isDigit(chars[starts[i]]);
    }

    public boolean isWord(int i) {
        return !isNumber(i);
    }

    /** Starts with a capital letter and goes on in lower case, or is a short all-capital word ("Jane", "McDonald", "UK"). */
    public boolean isCapitalised(int i) {
        char first = chars[starts[i]];
        // no digit is upper case, so a number is never capitalised and need not be asked about
        return first < 0x80 ? (char) (first - 'A') < 26 : Character.isUpperCase(first);
    }

    /** Every letter is upper case ("SEINÄJOKI", "APO"). */
    public boolean isAllCaps(int i) {
        if (!isWord(i)) {
            return false;
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = chars[k];
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token equals {@code lowerCaseWord}, ignoring case as {@link String#regionMatches(boolean, int, String, int, int)} does. */
    public boolean is(int i, String lowerCaseWord) {
        int start = starts[i];
        int length = lowerCaseWord.length();
        if (ends[i] - start != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = chars[start + k];
            char w = lowerCaseWord.charAt(k);
            if (c != w) {
                if (c >= 0x80 || w >= 0x80) {
                    // beyond ASCII, case is the JDK's business ("ſ" matches "s", "ı" matches "i")
                    return text.regionMatches(true, start, lowerCaseWord, 0, length);
                }
                if (asciiLower(c) != asciiLower(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The characters between token {@code i - 1} and token {@code i} (from the text's start for the first). */
    public String gapBefore(int i) {
        int from = i == 0 ? 0 : ends[i - 1];
        int to = starts[i];
        // most gaps are one of a few: given as constants, not copied out of the text each time
        if (to - from == 1 && chars[from] == ' ') {
            return " ";
        }
        if (to - from == 2 && chars[from] == ',' && chars[from + 1] == ' ') {
            return ", ";
        }
        if (to - from == 2 && chars[from] == '.' && chars[from + 1] == ' ') {
            return ". ";
        }
        return text.substring(from, to);
    }

    /** Whether only spaces (no line break, no punctuation) separate token {@code i - 1} from token {@code i}. */
    public boolean spaceOnlyBefore(int i) {
        if (i == 0) {
            return false;
        }
        int from = ends[i - 1];
        int to = starts[i];
        if (to == from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether the token opens a sentence or a line: nothing but spaces, quotes or openers since a full stop, '!', '?', line break or the text's start. */
    public boolean opensSentence(int i) {
        for (int k = starts[i] - 1; k >= 0; k--) {
            char c = chars[k];
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '>' || c == '*' || c == '-') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(' && c != '“' && c != '‘') {
                return false;
            }
        }
        return true;
    }

    /** The index of the first token at or after character {@code offset}, or {@link #size()}. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many digits (0-9) the text holds, counted while splitting it; cheap guard before the costly number parsers. */
    public int digitCount() {
        return digitCount;
    }
}
