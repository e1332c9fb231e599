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
}
