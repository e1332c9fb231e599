package org.hearth.server.safety.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessageTextTest {
    @Test
    void aReadingIsMadeOnceAndSharedByEveryoneWhoAsks() {
        AtomicInteger made = new AtomicInteger();
        MessageText.Reading<String> upper = new MessageText.Reading<>(text -> {
            made.incrementAndGet();
            return text.toUpperCase(java.util.Locale.ROOT);
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
        MessageText.Reading<Integer> length = new MessageText.Reading<>(String::length);
        MessageText.Reading<String> firstWord = new MessageText.Reading<>(text -> text.split(" ")[0]);
        MessageText message = new MessageText("good evening all");
        assertThat(message.read(length)).isEqualTo(16);
        assertThat(message.read(firstWord)).isEqualTo("good");
        assertThat(message.read(length)).isEqualTo(16);
    }

    @Test
    void aReadingThatGivesNothingIsAnError() {
        MessageText.Reading<String> nothing = new MessageText.Reading<>(text -> null);
        assertThatThrownBy(() -> new MessageText("x").read(nothing)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("gave nothing");
    }

    @Test
    void equalByTextAndNeverPrintsIt() {
        assertThat(new MessageText("I live in Leeds")).isEqualTo(new MessageText("I live in Leeds"))
                .hasSameHashCodeAs(new MessageText("I live in Leeds")).isNotEqualTo(new MessageText("I live in York"));
        assertThat(new MessageText("I live in Leeds").toString()).doesNotContain("Leeds").contains("15 chars");
    }
}
