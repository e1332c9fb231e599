package org.hearth.server.moderation.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WordListFilterTest {
    private final WordListFilter hold = new WordListFilter("words.hold", WordListFilter.Action.HOLD,
            List.of("kill", "end it all", "pills"));

    private static Candidate says(String text) {
        return new Candidate(new RoomId("lounge"), "m1", new Handle("ash"), text, Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kill", "KILL", "kíll", "k1ll", "kіll", "kiiiiill", "k i l l", "k.i.l.l", "k-i-l-l",
        "I want to kill!", "I want to end it all", "i want to END   it...ALL", "3nd it all", "the p!lls"})
    void trivialEvasionsAreStillFound(String text) {
        assertThat(hold.evaluate(says(text))).isInstanceOf(Verdict.Hold.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"that took real skill", "killer whales are amazing", "the end of it, all done?",
        "pillows help", "I feel a bit better today"})
    void wordsInsideOtherWordsAndOrdinaryTextPass(String text) {
        assertThat(hold.evaluate(says(text))).isSameAs(Verdict.PASS);
    }

    @Test
    void aRejectListRefusesWithTheRuleAndSaysWhy() {
        WordListFilter reject = new WordListFilter("words.reject", WordListFilter.Action.REJECT, List.of("idiot"));

        Verdict verdict = reject.evaluate(says("you 1d1ot"));

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Reject.class, r -> {
            assertThat(r.rule()).isEqualTo("words.reject");
            assertThat(r.code()).isEqualTo(ErrorCode.REJECTED_BY_RULE);
            assertThat(r.reason()).isNotBlank();
        });
    }

    @Test
    void anEmptyListPassesEverything() {
        assertThat(new WordListFilter("words.hold", WordListFilter.Action.HOLD, List.of()).evaluate(says("kill")))
                .isSameAs(Verdict.PASS);
    }
}
