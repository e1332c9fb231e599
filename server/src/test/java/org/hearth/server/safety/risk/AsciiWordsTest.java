package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hearth.server.safety.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiWordsTest {
    private static List<String> fast(String text) {
        List<String> out = new ArrayList<>();
        AsciiWords.words(text, out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"k1ll mys3lf", "K I L L", "k.i.l.l me", "$elf h4rm", "sh!t happens!", "h3ll0 w0rld 2024",
        "kiiiill", "a i a", "I am a mess", "hello!!! |ol", "100 4pples", "x", "", "  ", "d i e d i e", "@@@ $$$"})
    void givesTheWordsTheSharedNormaliserGives(String text) {
        assertThat(fast(text)).isEqualTo(TextNormalizer.words(text));
    }

    @Test
    void agreesWithTheSharedNormaliserOnRandomAsciiText() {
        String alphabet = "abcdeklmisyAEIKLM013457@$!|  .,'-?";
        Random random = new Random(20261126L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(fast(text.toString())).as(text.toString()).isEqualTo(TextNormalizer.words(text.toString()));
        }
    }
}
