package org.hearth.server.safety.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private static final PhraseIndex INDEX = new PhraseIndex(List.of("my name is", "name is", "name", "i'm", "im",
            "call me", "d.o.b", "love,", "new york", "york"));

    /** "phrase@start-end" for each occurrence, in the order found. */
    private static List<String> found(String text) {
        PhraseMatches matches = INDEX.find(text);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            found.add(INDEX.phrase(matches.phrase(i)) + "@" + matches.start(i) + "-" + matches.end(i));
        }
        return found;
    }

    @Test
    void overlappingPhrasesAreAllFoundByEndThenInStringOrder() {
        assertThat(found("Hi, MY NAME IS Jo")).containsExactly("name@7-11", "my name is@4-14", "name is@7-14");
    }

    @Test
    void onlyWholeWordsCountButDigitsAndPunctuationAreBoundaries() {
        assertThat(found("surname is, names, im2, I'm")).containsExactly("im@19-21", "i'm@24-27");
    }

    @Test
    void punctuationInsideAPhraseMustBeThere() {
        assertThat(found("d.o.b: 1 May, with love, love;")).containsExactly("d.o.b@0-5", "love,@19-24");
    }

    @Test
    void phrasesOfSeveralWordsNeedTheirSpaces() {
        assertThat(found("New York, newyork, new  york")).containsExactly("new york@0-8", "york@4-8", "york@24-28");
    }

    @Test
    void aPhraseStartsWithALetter() {
        assertThatThrownBy(() -> new PhraseIndex(List.of("@home"))).isInstanceOf(IllegalArgumentException.class);
    }
}
