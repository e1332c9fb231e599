package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Not wanting to wake up or to be here any more, and weariness of everything: the C-SSRS's passive wish. */
class RiskTriageWakingTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    private static RiskLevel level(String text) {
        return TRIAGE.assess(text).level();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I don't want to wake up tomorrow",
        "honestly i dont wanna wake up anymore",
        "I just don't want to be here anymore",
        "i do not want to be around any longer"})
    void notWantingToWakeUpOrToBeHereAnyMoreIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I do not want to be here", "I'm so tired of it all", "honestly I'm done with everything",
        "ugh im so done with life", "I have a death wish when I drive"})
    void vaguerWishesAreWatch(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I don't want to wake up early tomorrow",
        "I never wanted to wake up early for school",
        "I don't want to be here at this party lol",
        "she doesn't want to be here anymore, she's moving out"})
    void everydayWakingAndLeavingAreNotUrgent(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }
}
