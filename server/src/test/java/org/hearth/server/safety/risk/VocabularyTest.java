package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading a message with the triage's vocabulary loses nothing the triage could use. */
class VocabularyTest {
    private static final Vocabulary VOCABULARY = new RiskTriage().vocabulary();
    /** Javadoc, block and line comments, whose quoted words are examples, not comparisons. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void knownWordsReadAsThemselvesAndTheRestAsUnknown() {
        for (String text : List.of("Honestly I just want to d i e, my therapist says small steps.",
                "Rough day but I made it to the shop and back, which counts for something.", "kiiiill mys3lf",
                "Ich möchte nicht mehr leben, sorry for the German")) {
            RiskText.Words all = RiskText.read(text);
            RiskText.Words known = RiskText.read(text, VOCABULARY);
            assertThat(known.breakBefore()).as(text).containsExactly(all.breakBefore());
            for (int i = 0; i < all.size(); i++) {
                String word = all.words()[i];
                String expected = VOCABULARY.word(word) == Vocabulary.UNKNOWN ? Vocabulary.UNKNOWN : word;
                assertThat(known.words()[i]).as(text + ": word " + i).isEqualTo(expected);
            }
        }
        assertThat(RiskText.read("want to die", VOCABULARY).words()).containsExactly("want", "to", "die");
        assertThat(RiskText.read("the shop", VOCABULARY).words()).containsExactly("the", Vocabulary.UNKNOWN);
    }

    @Test
    void unknownIsNoWordTheReaderCouldMake() {
        assertThat(RiskText.read("? ?? ???").words()).isEmpty();
    }

    /**
     * A word this package compares by name ({@code equals("than")}, {@code case "was"}, a word set)
     * must be in the vocabulary, or the comparison would silently fail on every message.
     */
    @Test
    void everyWordTheGrammarNamesInItsSourcesIsInTheVocabulary() throws IOException {
        Path sources = Path.of("src/main/java/org/hearth/server/safety/risk");
        assertThat(sources).isDirectory();
        Pattern literal = Pattern.compile("(?<!With\\()\"([a-z]+)\""); // not a suffix, as in endsWith("ed")
        try (Stream<Path> files = Files.list(sources)) {
            // the phrase lists build the vocabulary (and piece phrases together out of fragments like
            // "s"); the ASCII reader's strings are tables of letters, not words
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).filter(path -> !path.getFileName()
                    .toString().matches(".*Phrases\\.java|RiskMarkers\\.java|AsciiReader\\.java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    for (String word : RiskText.normalise(m.group(1))) {
                        assertThat(VOCABULARY.word(word)).as(file.getFileName() + ": \"" + m.group(1) + "\"").isEqualTo(word);
                    }
                }
            }
        }
    }
}
