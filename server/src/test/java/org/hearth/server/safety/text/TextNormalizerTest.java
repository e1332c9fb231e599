package org.hearth.server.safety.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void undoesCaseLookAlikesAndRepeats() {
        assertThat(TextNormalizer.words("KIIILL the $elf, h3ll0 kill!")).containsExactly("kil", "the", "self", "helo", "kil");
    }

    @Test
    void joinsSpacedLettersButKeepsALoneOne() {
        assertThat(TextNormalizer.words("k i l l me, a cat")).containsExactly("kil", "me", "a", "cat");
        assertThat(TextNormalizer.words("k.i.l.l")).containsExactly("kil");
    }

    @Test
    void readsAccentsAndOtherScriptsTheSameWayWhereverTheyStand() {
        // The first non-ASCII character comes late: the whole text is read the general way
        assertThat(TextNormalizer.words("Kill him kíll")).containsExactly("kil", "him", "kil");
        assertThat(TextNormalizer.words("kіll")).containsExactly("kil"); // Cyrillic i
        assertThat(TextNormalizer.words("")).isEmpty();
    }

    @Test
    void readsOnlyTheGivenStartOfABufferAsItReadsTheSameText() {
        // What follows the given length ("kill" and a Cyrillic i) is not read, neither as words nor
        // as a reason to take the general way; a look-alike at the end reads as it does in the string.
        char[] buffer = "H3ll0 k i l l $elf kill і".toCharArray();
        assertThat(TextNormalizer.words(buffer, 18)).containsExactly("helo", "kil", "self")
                .isEqualTo(TextNormalizer.words("H3ll0 k i l l $elf"));
        char[] accented = "Kíll him!kill".toCharArray();
        assertThat(TextNormalizer.words(accented, 9)).containsExactly("kil", "him")
                .isEqualTo(TextNormalizer.words("Kíll him!"));
        assertThat(TextNormalizer.words(buffer, 0)).isEmpty();
    }
}
