package org.hearth.server.safety.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gathers the normalised words of one message, letter by letter or word by word, as
 * {@link TextNormalizer} reads them: a letter repeating the one before is dropped ("kiiill" -> "kil"), and a run of one-letter
 * words ("k i l l") becomes one word, its repeats dropped alike, while a lone one stays ("a", "i").
 * Works in place in two growing char buffers, so the only objects made per word are the word's
 * String and its list slot. Mutable; lives for one {@link TextNormalizer#words} call on one thread.
 */
final class WordCollector {
    private final List<String> words;
    private char[] word = new char[16];
    private int wordLength;
    /** The letters of the current run of one-letter words, repeats dropped. */
    private char[] run = new char[16];
    private int runLength;

    WordCollector(int textLength) {
        // About one word per six characters in ordinary text: grow rarely, waste little.
        this.words = new ArrayList<>(Math.max(4, textLength / 5));
    }

    boolean inWord() {
        return wordLength > 0;
    }

    /** Adds a letter to the current word, unless it repeats the word's last letter. */
    void letter(char c) {
        if (wordLength > 0 && word[wordLength - 1] == c) {
            return;
        }
        if (wordLength == word.length) {
            word = Arrays.copyOf(word, wordLength * 2);
        }
        word[wordLength++] = c;
    }

    /** Ends the current word, if one is open. */
    void endWord() {
        if (wordLength > 0) {
            word(word, wordLength);
            wordLength = 0;
        }
    }

    /**
     * Takes a whole word, its repeated letters already dropped, from a reader that gathers letters
     * itself: a one-letter word joins the run, a longer one ends it.
     */
    void word(char[] letters, int length) {
        if (length == 1) {
            char c = letters[0];
            if (runLength == 0 || run[runLength - 1] != c) {
                if (runLength == run.length) {
                    run = Arrays.copyOf(run, runLength * 2);
                }
                run[runLength++] = c;
            }
        } else {
            endRun();
            words.add(new String(letters, 0, length));
        }
    }

    /** The words gathered, the last word and run ended. */
    List<String> finish() {
        endWord();
        endRun();
        return words;
    }

    private void endRun() {
        if (runLength > 0) {
            words.add(new String(run, 0, runLength));
            runLength = 0;
        }
    }
}
