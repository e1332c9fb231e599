package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Methods, self-harm and attempts in more of their forms, the act named only as "it", and farewells. */
class RiskTriageActsTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    private static RiskLevel level(String text) {
        return TRIAGE.assess(text).level();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I want to take all my pills at once",
        "I'm going to drive my car into a wall",
        "I want to jump in front of a bus",
        "I took a razor to my arm again last night",
        "I survived an overdose last month and I'm struggling again",
        "last month the gun jammed, that's the only reason I'm here"})
    void methodsSelfHarmAndAttemptsAreFlagged(String text) {
        assertThat(level(text)).isIn(RiskLevel.URGENT, RiskLevel.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I take all my pills in the morning",
        "I drove my car into the garage",
        "I cut my skin on a rusty nail",
        "my nail gun jammed again",
        "the budget cuts went deeper this year"})
    void everydayLookAlikesAreNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"back in school I was a cutter", "In high school I was a cutter; I'm fine now"})
    void selfHarmSaidInThePastIsWatch(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.WATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I hear you about wanting to kill yourself, honestly I've been thinking about doing it as well.",
        "my brother killed himself and I want to do it"})
    void theActNamedOnlyAsItCountsBesideRiskAboutAnyone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm going to do it this weekend", "Suicide isn't the answer and I'm not going to do it, I promise"})
    void itAloneOrDeniedIsNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll be gone soon, just grabbing lunch", "you won't see me again till Monday"})
    void leavingSoonAloneIsNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to die. I'll be gone soon.", "I can't live like this. You won't see me again."})
    void leavingSoonBesideOwnRiskIsAFarewell(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.CRISIS);
    }
}
