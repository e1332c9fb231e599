package org.hearth.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.protocol.json.LimitsTest.decodeFailure;

import java.nio.charset.StandardCharsets;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.Test;

/** An error frame tells the client which of its frames it refers to, as far as that can be learned. */
class ErrorReferenceTest {
    private static final ProtocolCodec CODEC = new ProtocolCodec(CodecLimits.DEFAULTS);

    @Test
    void errorNamesTheFrameItRefersTo() {
        String frame = "{\"type\":\"send\",\"room\":\"evening-lounge\",\"clientMsgId\":\"c-9\",\"text\":\"  \"}";

        ServerMessage.Error error = decodeFailure(CODEC, frame).toErrorFrame();

        assertThat(error).isEqualTo(new ServerMessage.Error(108, "EMPTY_TEXT",
                "text is empty (expected: at least one visible character)", "send", "evening-lounge", "c-9"));
    }

    @Test
    void errorNamesTheFrameWhateverTheFieldOrder() {
        String frame = "{\"text\":\"hi\",\"clientMsgId\":\"c 9\",\"room\":\"evening-lounge\",\"type\":\"send\"}";

        ServerMessage.Error error = decodeFailure(CODEC, frame).toErrorFrame();

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CLIENT_MESSAGE_ID.code());
        assertThat(error.ref()).isEqualTo("send");
        assertThat(error.room()).isEqualTo("evening-lounge");
        assertThat(error.clientMsgId()).isEqualTo("c 9");
    }

    @Test
    void errorLeavesOutWhatItCannotLearn() {
        ServerMessage.Error error = decodeFailure(CODEC, "hello, is anyone there?").toErrorFrame();

        String json = new String(CODEC.encode(error), StandardCharsets.UTF_8);

        assertThat(error.ref()).isNull();
        assertThat(json).isEqualTo("{\"type\":\"error\",\"code\":100,\"reason\":\"MALFORMED_FRAME\","
                + "\"message\":\"frame is not valid JSON (expected: one JSON object)\"}");
    }

    @Test
    void echoedValuesHaveTheirControlCharactersReplaced() {
        ServerMessage.Error error = decodeFailure(CODEC, "{\"type\":\"join\",\"room\":\"night\\u0007owls\"}").toErrorFrame();

        assertThat(error.room()).isEqualTo("night?owls");
        assertThat(error.message()).contains("'night?owls'");
    }

    @Test
    void echoedValuesLongerThan64CharactersAreLeftOut() {
        String id = "c" + "0".repeat(64);

        ServerMessage.Error error = decodeFailure(CODEC,
                "{\"type\":\"send\",\"room\":\"evening-lounge\",\"clientMsgId\":\"" + id + "\",\"text\":\"hi\"}").toErrorFrame();

        assertThat(error.clientMsgId()).isNull();
        assertThat(error.room()).isEqualTo("evening-lounge");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithWhatWasExpected() {
        assertThat(decodeFailure(CODEC, "{\"type\":\"join\",\"room\":\"evening-lounge\",\"lastSeq\":\"42\"}").getMessage())
                .isEqualTo("field 'lastSeq' has the wrong JSON type (expected: a whole number)");
        assertThat(decodeFailure(CODEC, "{\"type\":\"join\",\"room\":7}").getMessage())
                .isEqualTo("field 'room' has the wrong JSON type (expected: a string)");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatExist() {
        DecodeException refused = decodeFailure(CODEC, "{\"type\":\"hello\",\"handle\":\"QuietFern\",\"mood\":\"hopeful\"}");

        assertThat(refused.getMessage())
                .isEqualTo("field 'mood' is not part of a hello frame (expected: [handle, resumeToken])");
        assertThat(refused.toErrorFrame().ref()).isEqualTo("hello");
    }

    @Test
    void anUnknownTypeIsEchoed() {
        ServerMessage.Error error = decodeFailure(CODEC, "{\"type\":\"wave\"}").toErrorFrame();

        assertThat(error.message()).isEqualTo("type 'wave' is unknown (expected: hello, join, leave or send)");
        assertThat(error.ref()).isEqualTo("wave");
    }

    @Test
    void aNumberPastTheLargest64BitValueIsAnInvalidFieldNotMalformedJson() {
        DecodeException refused = decodeFailure(CODEC,
                "{\"type\":\"join\",\"room\":\"evening-lounge\",\"lastSeq\":9223372036854775808}");

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(refused.getMessage()).startsWith("field 'lastSeq' is a number out of range");
        assertThat(refused.toErrorFrame().room()).isEqualTo("evening-lounge");
    }
}
