package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the words around a phrase frame it: coordination, a hope or purpose that the author won't act,
 * a verdict on the act after it, a noun phrase as its subject, states that look like past forms.
 */
class RiskTriageFramesTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    private static RiskLevel level(String text) {
        return TRIAGE.assess(text).level();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I would never cut or hurt myself", "It takes courage to talk about suicidal thoughts and self-harm",
        "I'd never hurt myself or kill myself"})
    void aFrameReachesEveryPhraseJoinedByAndOrOr(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I hope I don't hurt myself again tonight", "I called the helpline so I wouldn't kill myself",
        "She keeps hoping I don't kill myself"})
    void aHopeOrPurposeThatTheAuthorWontActSaysTheUrgeIsThere(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I promise I won't kill myself", "Ending it is not the answer",
        "killing yourself won't solve anything", "a celebrity committing suicide always makes the papers",
        "I think no human should ever have to consider suicide"})
    void denialsVerdictsAndOthersAreNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"killing myself feels like the only way out", "killing myself is the answer"})
    void theActWithoutANegatedVerdictStaysUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I battled suicidal thoughts throughout my adolescence",
        "I wanted to die growing up, but that's over"})
    void youthSaysItWasLongAgo(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.WATCH);
    }
}
