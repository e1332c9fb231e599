package org.hearth.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A handle is a pseudonym: short, plain ASCII, and never one that could pass for staff. */
class HandleTest {

    @ParameterizedTest
    @ValueSource(strings = {"mod", "MOD", "Mod", "m.o.d", "M-o_D", "mods", "admin", "ADMIN", "Admin2",
            "Moderator_Jane", "moderator.jane", "MODERATOR-JANE", "JaneTheModerator", "SysAdmin", "Hearth",
            "hearth-team", "SYSTEM", "Official_Fern", "operator7", "staff", "Support", "server", "root",
            "everyone", "here", "HelpLine", "help-line"})
    void reservedHandlesAreRefusedWhateverTheirCase(String handle) {
        assertThat(refusal(handle).code()).isEqualTo(ErrorCode.HANDLE_RESERVED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"modest_moose", "Mo", "Admiral", "heart.felt", "QuietFern", "Harbour.Light",
            "moss_and_tea", "quiet-fern", "2ndWind", "Zz", "rooted", "supporter42"})
    void handlesThatOnlyLookCloseToReservedOnesAreAllowed(String handle) {
        assertThat(new Handle(handle).value()).isEqualTo(handle);
    }

    @Test
    void handlesDifferingOnlyInCaseShareAKey() {
        Handle typed = new Handle("QuietFern");
        Handle shouted = new Handle("QUIETFERN");

        assertThat(typed.key()).isEqualTo(shouted.key()).isEqualTo("quietfern");
        assertThat(typed).as("records keep what the member typed").isNotEqualTo(shouted);
        assertThat(typed.value()).isEqualTo("QuietFern");
        assertThat(typed).hasToString("QuietFern");
    }

    @Test
    void handlesAreTwoToTwentyFourCharacters() {
        assertThat(new Handle("Zo").value()).hasSize(2);
        assertThat(new Handle("a".repeat(24)).value()).hasSize(24);
        assertThat(refusal("Z").code()).isEqualTo(ErrorCode.INVALID_HANDLE);
        assertThat(refusal("a".repeat(25)).code()).isEqualTo(ErrorCode.INVALID_HANDLE);
        assertThat(refusal("").code()).isEqualTo(ErrorCode.INVALID_HANDLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quiet Fern", "QuietFern\uD83C\uDF3F", "Quiet\u0007Fern", "Zo\u00eb", "_fern", ".fern",
            "-fern", "fern!", "fern@home", "\u0417\u043e\u044f"})
    void handlesOutsideTheAllowedCharactersAreRefused(String handle) {
        assertThat(refusal(handle).code()).isEqualTo(ErrorCode.INVALID_HANDLE);
    }

    @Test
    void theRefusalEchoesTheHandleBoundedAndWithoutControlCharacters() {
        assertThat(refusal("Quiet\u0007Fern").getMessage()).startsWith("handle 'Quiet?Fern' is not allowed (expected: ");
        assertThat(refusal("a".repeat(100)).getMessage()).contains("'" + "a".repeat(24) + "...'");
    }

    @Test
    void aMissingHandleIsAMissingField() {
        assertThat(refusal(null).code()).isEqualTo(ErrorCode.MISSING_FIELD);
    }

    private static ProtocolViolation refusal(String handle) {
        ProtocolViolation refused = catchThrowableOfType(ProtocolViolation.class, () -> new Handle(handle));
        assertThat(refused).as("handle %s should be refused", handle).isNotNull();
        return refused;
    }
}
