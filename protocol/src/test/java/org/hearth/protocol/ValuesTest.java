package org.hearth.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Room names, resume tokens, client message ids and texts follow the documented rules. */
class ValuesTest {
    private static final RoomId LOUNGE = new RoomId("evening-lounge");

    @ParameterizedTest
    @ValueSource(strings = {"a", "lounge", "night-owls", "over-50s", "lounge-", "a--b"})
    void roomNamesOfLowerCaseLettersDigitsAndHyphensStartingWithALetterAreAccepted(String name) {
        assertThat(new RoomId(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Lounge", "24-7", "-lounge", "night owls", "night_owls", "caf\u00e9",
            "abcdefghijklmnopqrstuvwxyzabcdefg"})
    void otherRoomNamesAreRefused(String name) {
        assertThat(violation(() -> new RoomId(name)).code()).isEqualTo(ErrorCode.INVALID_ROOM);
    }

    @Test
    void roomNamesAreAtMost32Characters() {
        assertThat(new RoomId("a".repeat(32)).value()).hasSize(32);
        assertThat(violation(() -> new RoomId("a".repeat(33))).code()).isEqualTo(ErrorCode.INVALID_ROOM);
    }

    @Test
    void resumeTokensAre22To64UrlSafeBase64Characters() {
        assertThat(ResumeTokens.hasValidShape("A".repeat(22))).isTrue();
        assertThat(ResumeTokens.hasValidShape("q7Zt3Vn0Lk9WcR2xYb5Mj8HsPd4Fa1Ge_-")).isTrue();
        assertThat(ResumeTokens.hasValidShape("A".repeat(64))).isTrue();
        assertThat(ResumeTokens.hasValidShape("A".repeat(21))).isFalse();
        assertThat(ResumeTokens.hasValidShape("A".repeat(65))).isFalse();
        assertThat(ResumeTokens.hasValidShape("q7Zt3Vn0Lk9WcR2x+b5Mj8Hs")).isFalse();
        assertThat(ResumeTokens.hasValidShape("q7Zt3Vn0Lk9WcR2xYb5Mj8H=")).isFalse();
    }

    @Test
    void aHelloWithAMalformedResumeTokenIsAnInvalidField() {
        assertThat(violation(() -> new ClientMessage.Hello(new Handle("QuietFern"), "abc")).code())
                .isEqualTo(ErrorCode.INVALID_FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "c-7f3a9e-0001", "1760470925061:3", "tab.2_msg-9", "A:b.C_d-E"})
    void clientMessageIdsOfTheAllowedCharactersAreAccepted(String id) {
        assertThat(new ClientMessage.Send(LOUNGE, id, "hi").clientMsgId()).isEqualTo(id);
    }

    @Test
    void clientMessageIdsAreAtMost64Characters() {
        assertThat(new ClientMessage.Send(LOUNGE, "c".repeat(64), "hi").clientMsgId()).hasSize(64);
        assertThat(violation(() -> new ClientMessage.Send(LOUNGE, "c".repeat(65), "hi")).code())
                .isEqualTo(ErrorCode.INVALID_CLIENT_MESSAGE_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c 1", "c/1", "c#1", "c\u00e91", "c-\uD83C\uDF31", "c\n"})
    void otherClientMessageIdsAreRefused(String id) {
        assertThat(violation(() -> new ClientMessage.Send(LOUNGE, id, "hi")).code())
                .isEqualTo(ErrorCode.INVALID_CLIENT_MESSAGE_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r", "\u00a0", "\u3000\u2003", "\u200b", "\u200d\u2060\ufeff", "\u0000"})
    void textWithoutAVisibleCharacterIsEmpty(String text) {
        assertThat(violation(() -> new ClientMessage.Send(LOUNGE, "c-1", text)).code()).isEqualTo(ErrorCode.EMPTY_TEXT);
    }

    @Test
    void aNulCharacterIsRefusedInTextAndInEveryOtherFreeTextField() {
        assertThat(violation(() -> new ClientMessage.Send(LOUNGE, "c-1", "hi\u0000there")).code())
                .isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(violation(() -> new ClientMessage.Approve(LOUNGE, "h1", "edited\u0000", "rule-1")).code())
                .isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(violation(() -> new ClientMessage.Decline(LOUNGE, "h1", "rule-1", "no\u0000")).getMessage())
                .contains("reason has a NUL character");
        assertThat(violation(() -> new ClientMessage.Redact(LOUNGE, 3L, "rule-\u00001")).getMessage())
                .contains("rule has a NUL character");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "\uD83C\uDF31", " hi ", "\u00a0ok\u00a0", "\u0301"})
    void textWithAVisibleCharacterIsKeptAsSent(String text) {
        assertThat(new ClientMessage.Send(LOUNGE, "c-1", text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83C", "hi \uDF31", "\uDF31\uD83C", "ok\uD83C"})
    void textWithALoneSurrogateIsRefused(String text) {
        assertThat(violation(() -> new ClientMessage.Send(LOUNGE, "c-1", text)).code()).isEqualTo(ErrorCode.INVALID_FIELD);
    }

    @Test
    void missingRequiredValuesAreMissingFields() {
        assertThat(violation(() -> new ClientMessage.Join(null, null)).code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(violation(() -> new ClientMessage.Leave(null)).code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(violation(() -> new ClientMessage.Send(LOUNGE, null, "hi")).code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(violation(() -> new ClientMessage.Send(LOUNGE, "c-1", null)).code()).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(violation(() -> new RoomSummary("Evening Lounge", null)).code()).isEqualTo(ErrorCode.MISSING_FIELD);
    }

    @Test
    void lastSeqCannotBeNegative() {
        assertThat(violation(() -> new ClientMessage.Join(LOUNGE, -1L)).getMessage())
                .isEqualTo("lastSeq is -1 (expected: >= 0)");
    }

    @Test
    void serverFramesKeepTheirOwnCopyOfListsAndItCannotBeChanged() {
        List<RoomId> rooms = new ArrayList<>(List.of(LOUNGE));
        var welcome = new ServerMessage.Welcome("s-1", "A".repeat(22), new Handle("QuietFern"), true, rooms);

        rooms.clear();

        assertThat(welcome.rooms()).containsExactly(LOUNGE);
        assertThatThrownBy(() -> welcome.rooms().add(LOUNGE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyClientFrameNamesItsOwnType() {
        assertThat(new ClientMessage.Hello(new Handle("QuietFern"), null).type()).isEqualTo("hello");
        assertThat(new ClientMessage.Join(LOUNGE, null).type()).isEqualTo("join");
        assertThat(new ClientMessage.Leave(LOUNGE).type()).isEqualTo("leave");
        assertThat(new ClientMessage.Send(LOUNGE, "c-1", "hi").type()).isEqualTo("send");
    }

    @Test
    void theWebSocketEndpointIsFixed() {
        assertThat(Protocol.SUBPROTOCOL).isEqualTo("hearth.v1");
        assertThat(Protocol.WEBSOCKET_PATH).isEqualTo("/ws");
    }

    private static ProtocolViolation violation(ThrowingCallable construction) {
        ProtocolViolation refused = catchThrowableOfType(ProtocolViolation.class, construction);
        assertThat(refused).as("should be refused").isNotNull();
        return refused;
    }
}
