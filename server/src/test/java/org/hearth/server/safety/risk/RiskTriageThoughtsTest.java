package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thoughts of one's own death in the other words people use for them: dying, not deserving to live,
 * ending things, regret at having survived, a future without oneself.
 */
class RiskTriageThoughtsTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    private static RiskLevel level(String text) {
        return TRIAGE.assess(text).level();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I keep thinking about dying",
        "honestly I might as well be dead",
        "I don't deserve to live",
        "I just want to end things",
        "honestly there isn't much reason left to live",
        "when it gets too much I will die on my own terms"})
    void thoughtsOfOnesOwnDeathAreUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I wish it had worked",
        "they should have let me die",
        "I was disappointed I woke up this morning",
        "I wish I had died in that crash",
        "honestly I hope it kills me"})
    void regretAtHavingSurvivedIsAWishToBeDead(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't see myself living past 30", "if I make it through the night I'll call my doctor"})
    void aFutureWithoutOneselfIsUrgent(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I want to end things with my boyfriend",
        "we should end things on a good note",
        "I don't deserve to live in such a nice flat",
        "I'm so glad I survived",
        "I wish I had studied harder",
        "I'm thinking about dying my hair blue",
        "I'm obsessed with death metal",
        "I can't see myself living in London",
        "my grandma wants to stay alive for the wedding"})
    void everydayLookAlikesAreNone(String text) {
        assertThat(level(text)).isEqualTo(RiskLevel.NONE);
    }
}
