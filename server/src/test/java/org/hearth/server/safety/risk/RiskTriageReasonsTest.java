package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Searching for a reason to live, and believing no one would mourn: reasons for living lost. */
class RiskTriageReasonsTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    private static RiskLevel level(String text) {
        return TRIAGE.assess(text).level();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "if I died tomorrow nobody would come to my funeral",
        "there would be no one at my funeral anyway",
        "honestly I'm looking for a reason to live",
        "can someone give me one reason to keep going"})
    void lostReasonsForLivingAreUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I hope you find a reason to live again",
        "my grandma said no one would come to her funeral",
        "there were so many people at my uncle's funeral"})
    void othersReasonsAndFuneralsAreNotUrgent(String text) {
        assertThat(level(text)).isIn(RiskLevel.NONE, RiskLevel.WATCH);
    }
}
