package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ASCII fast path must read every text exactly as the general path with the shared normaliser does. */
class AsciiReaderTest {
    private static void assertSameAsGeneralPath(String text) {
        RiskText.Words fast = AsciiReader.read(text, Vocabulary.ALL);
        RiskText.Words general = RiskText.readSegments(text, Vocabulary.ALL);
        assertThat(fast.words()).as(text).containsExactly(general.words());
        assertThat(fast.breakBefore()).as(text).containsExactly(general.breakBefore());
    }

    @ParameterizedTest
    @ValueSource(strings = {"k1ll mys3lf", "K I L L myself.", "k.i.l.l me", "$elf h4rm!", "sh!t happens! ok", "h3ll0 w0rld 2024",
        "kiiiill", "a i a", "I'm a mess, but I don't care.", "hello!!! |ol", "100 4pples", "x", "", "  ", "d i e. d i e",
        "@@@ $$$", "it's 4 a.m.; I can't sleep\nat all", "end (of) it - now: ok?", "don'", "'quoted'", "I I I'm", "fine.Now I'm not", "k.I.l.l", "U.S.A.", "ok.I"})
    void readsExamplesAsTheGeneralPathDoes(String text) {
        assertSameAsGeneralPath(text);
    }

    @Test
    void readsRandomAsciiTextAsTheGeneralPathDoes() {
        String alphabet = "abdeiklmsyAEIKLM013457@$!|'  .,;:?()-\n";
        Random random = new Random(20261126L);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsGeneralPath(text.toString());
        }
    }
}
