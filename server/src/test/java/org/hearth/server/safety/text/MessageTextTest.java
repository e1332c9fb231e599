package org.hearth.server.safety.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessageTextTest {
    @Test
    void aReadingIsMadeOnceAndSharedByEveryoneWhoAsks() {
        AtomicInteger made = new AtomicInteger();
        MessageText.Reading<String> upper = new MessageText.Reading<>(message -> {
            made.incrementAndGet();
            return message.text().toUpperCase(java.util.Locale.ROOT);
        });
        MessageText message = new MessageText("hello");
        String first = message.read(upper);
        String second = message.read(upper);
        assertThat(first).isEqualTo("HELLO").isSameAs(second);
        assertThat(made).hasValue(1);
        assertThat(new MessageText("hello").read(upper)).isEqualTo("HELLO");
        assertThat(made).as("another message reads its own text").hasValue(2);
    }

    @Test
    void differentReadingsOfOneMessageAreKeptApart() {
        MessageText.Reading<Integer> length = new MessageText.Reading<>(message -> message.text().length());
        MessageText.Reading<String> firstWord = new MessageText.Reading<>(message -> message.text().split(" ")[0]);
        MessageText message = new MessageText("good evening all");
        assertThat(message.read(length)).isEqualTo(16);
        assertThat(message.read(firstWord)).isEqualTo("good");
        assertThat(message.read(length)).isEqualTo(16);
    }

    @Test
    void aReadingThatGivesNothingIsAnError() {
        MessageText.Reading<String> nothing = new MessageText.Reading<>(message -> null);
        assertThatThrownBy(() -> new MessageText("x").read(nothing)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("gave nothing");
    }

    @Test
    void aReadingMayBuildOnAnotherReadingOfTheSameMessage() {
        AtomicInteger split = new AtomicInteger();
        MessageText.Reading<String[]> words = new MessageText.Reading<>(message -> {
            split.incrementAndGet();
            return message.text().split(" ");
        });
        MessageText.Reading<Integer> wordCount = new MessageText.Reading<>(message -> message.read(words).length);
        MessageText.Reading<String> lastWord = new MessageText.Reading<>(message -> {
            String[] all = message.read(words);
            return all[all.length - 1];
        });
        MessageText message = new MessageText("one two three");
        assertThat(message.read(wordCount)).isEqualTo(3);
        assertThat(message.read(lastWord)).isEqualTo("three");
        assertThat(split).hasValue(1);
    }

    @Test
    void equalByTextAndNeverPrintsIt() {
        assertThat(new MessageText("I live in Leeds")).isEqualTo(new MessageText("I live in Leeds"))
                .hasSameHashCodeAs(new MessageText("I live in Leeds")).isNotEqualTo(new MessageText("I live in York"));
        assertThat(new MessageText("I live in Leeds").toString()).doesNotContain("Leeds").contains("15 chars");
    }
}
