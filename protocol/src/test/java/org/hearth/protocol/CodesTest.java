package org.hearth.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Error and close codes are part of the wire contract: clients and stored data rely on the numbers.
 * The numbers are written out here on purpose; a renumbering, removal or addition fails this test
 * and must be a deliberate change of protocol/PROTOCOL.md as well.
 */
class CodesTest {

    @Test
    void errorCodeNumbersNeverChange() {
        assertThat(byName(ErrorCode.values())).containsExactly(
                entry("MALFORMED_FRAME", 100),
                entry("UNKNOWN_TYPE", 101),
                entry("MISSING_FIELD", 102),
                entry("INVALID_FIELD", 103),
                entry("UNKNOWN_FIELD", 104),
                entry("TOO_DEEP", 105),
                entry("FRAME_TOO_LARGE", 106),
                entry("TEXT_TOO_LONG", 107),
                entry("EMPTY_TEXT", 108),
                entry("INVALID_HANDLE", 109),
                entry("HANDLE_RESERVED", 110),
                entry("INVALID_ROOM", 111),
                entry("INVALID_CLIENT_MESSAGE_ID", 112),
                entry("HELLO_REQUIRED", 200),
                entry("ALREADY_GREETED", 201),
                entry("NO_SUCH_ROOM", 202),
                entry("NOT_IN_ROOM", 203),
                entry("HANDLE_TAKEN", 204),
                entry("TOO_MANY_JOINS", 205),
                entry("UNKNOWN_HELD_MESSAGE", 208),
                entry("NO_SUCH_MESSAGE", 209),
                entry("RATE_LIMITED", 300),
                entry("MUTED", 302),
                entry("ROOM_PAUSED", 303),
                entry("HELD_FOR_REVIEW", 400),
                entry("REJECTED_BY_RULE", 401),
                entry("FORBIDDEN", 402),
                entry("BANNED", 403),
                entry("STORE_UNAVAILABLE", 500));
    }

    @Test
    void closeCodeNumbersNeverChange() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (CloseCode code : CloseCode.values()) {
            codes.put(code.name(), code.code() + (code.reconnect() ? " reconnect" : " stop"));
        }
        assertThat(codes).containsExactly(
                entry("NORMAL", "1000 stop"),
                entry("GOING_AWAY", "1001 reconnect"),
                entry("UNSUPPORTED_DATA", "1003 stop"),
                entry("INVALID_PAYLOAD", "1007 stop"),
                entry("POLICY_VIOLATION", "1008 stop"),
                entry("MESSAGE_TOO_BIG", "1009 stop"),
                entry("SERVICE_RESTART", "1012 reconnect"),
                entry("SLOW_CONSUMER", "4000 reconnect"),
                entry("SESSION_RESUMED_ELSEWHERE", "4100 stop"));
    }

    @Test
    void everyErrorCodeSitsInADocumentedRange() {
        assertThat(ErrorCode.values()).allSatisfy(code -> assertThat(code.code()).isBetween(100, 599));
    }

    @Test
    void onlyTemporaryConditionsAndServerFailuresAreRetryable() {
        for (ErrorCode code : ErrorCode.values()) {
            boolean temporary = code.code() >= 300 && code.code() < 400;
            boolean serverFailure = code.code() >= 500;
            assertThat(code.retryable()).as(code.name()).isEqualTo(temporary || serverFailure);
        }
    }

    @Test
    void everyCodeCanBeFoundByItsNumberAndNoOtherNumberFindsOne() {
        assertThat(ErrorCode.values()).allSatisfy(code -> assertThat(ErrorCode.ofCode(code.code())).isSameAs(code));
        assertThat(CloseCode.values()).allSatisfy(code -> assertThat(CloseCode.ofCode(code.code())).isSameAs(code));
        assertThat(ErrorCode.ofCode(0)).isNull();
        assertThat(ErrorCode.ofCode(199)).isNull();
        assertThat(CloseCode.ofCode(1002)).isNull();
        assertThat(CloseCode.ofCode(4999)).isNull();
    }

    @Test
    void everyErrorCodeExplainsItselfInASentence() {
        assertThat(ErrorCode.values()).allSatisfy(code -> assertThat(code.meaning()).isNotBlank());
    }

    @Test
    void hearthsOwnCloseCodesSayByTheirRangeWhetherToReconnect() {
        for (CloseCode code : CloseCode.values()) {
            if (code.code() >= 4000 && code.code() < 4100) {
                assertThat(code.reconnect()).as(code.name()).isTrue();
            } else if (code.code() >= 4100 && code.code() < 4200) {
                assertThat(code.reconnect()).as(code.name()).isFalse();
            } else {
                assertThat(code.code()).as(code.name()).isBetween(1000, 1015);
            }
        }
    }

    @Test
    void closeReasonsFitInACloseFrame() {
        assertThat(CloseCode.values()).allSatisfy(code ->
                assertThat(code.reason().getBytes(StandardCharsets.UTF_8).length).isBetween(1, 123));
    }

    @Test
    void codeNumbersAreUnique() {
        List<Integer> errors = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList();
        List<Integer> closes = Arrays.stream(CloseCode.values()).map(CloseCode::code).toList();
        assertThat(errors).doesNotHaveDuplicates();
        assertThat(closes).doesNotHaveDuplicates();
    }

    private static Map<String, Integer> byName(ErrorCode[] codes) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (ErrorCode code : codes) {
            byName.put(code.name(), code.code());
        }
        return byName;
    }
}
