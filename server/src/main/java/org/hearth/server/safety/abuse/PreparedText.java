package org.hearth.server.safety.abuse;

import java.util.Arrays;
import java.util.List;
import org.hearth.server.safety.text.TextNormalizer;

/**
 * A message made ready for matching: its normalised words (by {@link TextNormalizer}). Before normalising, it does
 * what the shared normaliser cannot, because each step needs the punctuation the normaliser drops:
 * web addresses and HTML entities are removed (they carry no words meant for people), an
 * {@code @name} becomes one {@link #MENTION} word (else "@sam" would read as "asam"), a "RT @name"
 * attribution and a sentence's end become {@link #BOUNDARY} words (so context never reaches
 * across sentences), and a "*" between letters becomes the letter {@link #MASK} ("f*ck"), which the
 * word list matches in masked spellings. Immutable (the words array is not handed to
 * anyone who changes it).
 */
final class PreparedText {
    /** Stands for an addressed member, "@name". Letters only, so the normaliser keeps it whole. */
    static final String MENTION = "zqmentionqz";
    /** Stands for the end of a sentence or of a retweet's attribution. */
    static final String BOUNDARY = "zqstopqz";
    /** Stands for letters hidden behind "*"; a letter (Latin letter alveolar click) nobody types in English. */
    static final char MASK = '\u01C2';

    private final String raw;
    private final String[] words;

    private PreparedText(String raw, List<String> words) {
        this.raw = raw;
        this.words = words.toArray(String[]::new);
    }

    static PreparedText of(String raw) {
        MarkedUp marked = markUp(raw);
        return new PreparedText(raw, TextNormalizer.words(marked.chars(), marked.length()));
    }

    String raw() {
        return raw;
    }

    String[] words() {
        return words;
    }

    /**
     * The marked-up text: the first {@code length} characters of {@code chars}. Left in the buffer it
     * was written in, which the normaliser reads as it is, rather than copied into a string.
     */
    record MarkedUp(char[] chars, int length) {
    }

    /** The raw text with addresses, entities, mentions, sentence ends and masks marked as described above. */
    static MarkedUp markUp(String text) {
        int n = text.length();
        // A plain char array in locals, not a StringBuilder: most of a message is copied a character
        // at a time, and per-character checks and field writes cost more than the copying itself.
        // Invariant: room for the rest of the text, character for character, after what is written.
        // A quarter more than the text: room for a boundary word every forty characters or so, which
        // ordinary sentences do not exceed, so a long message is not copied over as it grows.
        char[] out = new char[n + n / 4 + 32];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= MAY_START_MARKUP.length || !MAY_START_MARKUP[c]) {
                out[length++] = c; // most characters: nothing to look at around them
                i++;
            } else if (startsWebAddress(text, i)) {
                i = skipToSpace(text, i);
                out[length++] = ' ';
            } else if (c == '@' && (i == 0 || !isWordChar(text.charAt(i - 1))) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && isWordChar(text.charAt(end))) {
                    end++;
                }
                String word = endsWithRetweet(out, length) ? BOUNDARY : MENTION;
                out = roomFor(out, length, word.length() + 2 + n - end);
                length = appendWord(out, length, word);
                i = end;
            } else if (c == '&' && entityEnd(text, i) > 0) {
                i = entityEnd(text, i);
                out[length++] = ' ';
            } else if (c == '*' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                int end = i;
                while (end < n && text.charAt(end) == '*') {
                    end++;
                }
                out[length++] = end < n && Character.isLetter(text.charAt(end)) ? MASK : ' ';
                i = end;
            } else if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';')
                    && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1))))) {
                out = roomFor(out, length, BOUNDARY.length() + 2 + n - i - 1);
                length = appendWord(out, length, BOUNDARY);
                i++;
            } else {
                out[length++] = c;
                i++;
            }
        }
        return new MarkedUp(out, length);
    }

    /** {@code out}, or a longer copy of it, with room for {@code more} characters after {@code length}. */
    private static char[] roomFor(char[] out, int length, int more) {
        return length + more <= out.length ? out : Arrays.copyOf(out, (length + more) * 2);
    }

    /** Writes {@code word} with a space either side at {@code length}; the new length. */
    private static int appendWord(char[] out, int length, String word) {
        out[length] = ' ';
        word.getChars(0, word.length(), out, length + 1);
        out[length + word.length() + 1] = ' ';
        return length + word.length() + 2;
    }

    /** Whether the text so far ends in the word "RT" (any case), spaces after it aside: a retweet's attribution. */
    private static boolean endsWithRetweet(char[] out, int length) {
        int end = length;
        while (end > 0 && out[end - 1] == ' ') {
            end--;
        }
        return end >= 2 && (out[end - 1] == 't' || out[end - 1] == 'T')
                && (out[end - 2] == 'r' || out[end - 2] == 'R')
                && (end == 2 || !Character.isLetterOrDigit(out[end - 3]));
    }

    /** The characters that can start something {@link #markUp} changes. */
    private static final boolean[] MAY_START_MARKUP = new boolean[128];

    static {
        for (char c : "hHwW@&*\n.!?;".toCharArray()) {
            MAY_START_MARKUP[c] = true;
        }
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean startsWebAddress(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
            return false;
        }
        // Every word starting with h or w comes here: its second letter rules most out before any region compare.
        char second = i + 1 < text.length() ? (char) (text.charAt(i + 1) | 0x20) : 0;
        if (second != 't' && second != 'w') {
            return false;
        }
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    private static int skipToSpace(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after an entity such as "&amp;" or "&#128514;" starting at {@code i}, or 0 if none does. */
    private static int entityEnd(String text, int i) {
        int limit = Math.min(text.length(), i + 10);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ';') {
                return j > i + 1 ? j + 1 : 0;
            }
            if (!(c == '#' || (c < 0x80 && Character.isLetterOrDigit(c)))) {
                return 0;
            }
        }
        return 0;
    }
}
