package org.hearth.server.safety.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where sentences end decides how far a time, a negation or a person reaches. */
class RiskTextTest {
    private static final RiskTriage TRIAGE = new RiskTriage();

    @Test
    void aCapitalRightAfterAFullStopStartsANewSentence() {
        RiskText.Words words = RiskText.read("it was fine.Now it's not");
        assertThat(words.words()).containsExactly("it", "was", "fine", "now", "its", "not");
        assertThat(words.breakBefore()[3]).isEqualTo(RiskText.SENTENCE_BREAK);
    }

    @Test
    void spelledOutCapitalsStayOneWord() {
        assertThat(RiskText.read("k.I.l.l myself").words()).containsExactly("kil", "myself");
        assertThat(RiskText.read("k.I.l.l myself").breakBefore()).containsExactly(RiskText.SENTENCE_BREAK, RiskText.NO_BREAK);
    }

    @Test
    void aPastInOneRunOnSentenceDoesNotReachTheNext() {
        assertThat(TRIAGE.assess("When I was a kid I was bullied.I want to die").level()).isEqualTo(RiskLevel.URGENT);
        assertThat(TRIAGE.assess("When I was a kid I wanted to die.I'm fine now").level()).isEqualTo(RiskLevel.WATCH);
    }
}
