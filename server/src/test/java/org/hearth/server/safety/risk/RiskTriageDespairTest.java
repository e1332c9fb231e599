package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entrapment, defeat, not belonging and feeling a burden: each alone is the room's everyday talk,
 * together with a wish to be gone, or several at once, they add up.
 */
class RiskTriageDespairTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    private static RiskLevel level(String text) {
        return TRIAGE.assess(text).level();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Moved cities, no friends here, nothing to look forward to. I just want out.",
        "Every option is gone, I'm backed into a corner and I can't go on",
        "I feel trapped and I can't go on",
        "Some days I want to vanish, there's only despair left",
        "I'm worthless, I have no friends and everything feels pointless"})
    void despairBesideAWishToBeGoneOrAtSeveralStrandsIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it would be easier for everyone if I just disappeared",
        "they'd all be better off if I wasn't around"})
    void feelingABurdenInOtherWordsIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I feel trapped in this job",
        "I have no friends in this city yet",
        "I'm so alone tonight",
        "the book is about despair",
        "I'm done fighting with my sister",
        "worthless. worthless. worthless."})
    void oneStrandAloneOrSaidAgainIsNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }
}
