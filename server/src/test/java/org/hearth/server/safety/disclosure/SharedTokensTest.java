package org.hearth.server.safety.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.server.safety.pii.PiiDetector;
import org.hearth.server.safety.pii.Tokens;
import org.hearth.server.safety.text.MessageText;
import org.junit.jupiter.api.Test;

/** The personal-details and disclosure detectors read one message's tokens, made once. */
class SharedTokensTest {
    private static final PiiDetector PERSONAL_DETAILS = new PiiDetector();
    private static final DisclosureDetector DISCLOSURES = new DisclosureDetector();
    private static final String TEXT = "I'm 34 and I live in Leeds, call me on 07700 900123 after my shift at the hospital.";

    @Test
    void bothDetectorsFindOnASharedMessageWhatTheyFindAlone() {
        MessageText message = new MessageText(TEXT);
        assertThat(PERSONAL_DETAILS.find(message)).isEqualTo(PERSONAL_DETAILS.find(TEXT)).isNotEmpty();
        assertThat(DISCLOSURES.find(message)).isEqualTo(DISCLOSURES.find(TEXT)).isNotEmpty();
    }

    @Test
    void theSecondDetectorReadsTheTokensTheFirstMade() {
        MessageText message = new MessageText(TEXT);
        PERSONAL_DETAILS.find(message);
        Tokens made = message.read(Tokens.READING);
        DISCLOSURES.find(message);
        assertThat(message.read(Tokens.READING)).isSameAs(made);
    }
}
