package org.hearth.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.junit.jupiter.api.Test;

/** Frame size, text length and depth limits, with the defaults and with custom limits. */
class LimitsTest {
    private static final ProtocolCodec CODEC = new ProtocolCodec(CodecLimits.DEFAULTS);
    private static final String SEEDLING = "\uD83C\uDF31"; // 🌱: one character, two UTF-16 units, four UTF-8 bytes

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(CodecLimits.DEFAULTS).isEqualTo(new CodecLimits(16 * 1024, 4_000, 4));
    }

    @Test
    void textAtTheLimitIsAccepted() throws Exception {
        ClientMessage decoded = CODEC.decodeClient(send("a".repeat(4_000)));

        assertThat(((ClientMessage.Send) decoded).text()).hasSize(4_000);
    }

    @Test
    void textLongerThanTheLimitIsRefusedCountingCodePoints() {
        DecodeException refused = decodeFailure(CODEC, send("a".repeat(4_001)));

        assertThat(refused.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
        assertThat(refused.getMessage()).isEqualTo("text is 4001 characters (expected: at most 4000)");
    }

    @Test
    void emojiCountsAsOneCharacter() throws Exception {
        String atLimit = SEEDLING.repeat(4_000); // 8,000 UTF-16 units, 16,000 UTF-8 bytes

        ClientMessage decoded = CODEC.decodeClient(send(atLimit));
        DecodeException refused = decodeFailure(CODEC, send(atLimit + SEEDLING));

        assertThat(((ClientMessage.Send) decoded).text()).isEqualTo(atLimit);
        assertThat(refused.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
        assertThat(refused.getMessage()).startsWith("text is 4001 characters");
    }

    @Test
    void aLetterWithACombiningAccentCountsAsTwoCharacters() throws Exception {
        ProtocolCodec tenCharacters = new ProtocolCodec(new CodecLimits(1024, 10, 4));
        String accented = "e\u0301"; // é as a letter and a combining accent: two code points

        tenCharacters.decodeClient(send(accented.repeat(5)));

        assertThat(decodeFailure(tenCharacters, send(accented.repeat(5) + "x")).code())
                .isEqualTo(ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void textTooLongErrorNamesTheFrame() {
        DecodeException refused = decodeFailure(CODEC, send("a".repeat(5_000)));

        assertThat(refused.toErrorFrame()).satisfies(error -> {
            assertThat(error.ref()).isEqualTo("send");
            assertThat(error.room()).isEqualTo("evening-lounge");
            assertThat(error.clientMsgId()).isEqualTo("c-1");
        });
    }

    @Test
    void frameLargerThanTheLimitIsRefusedBeforeParsing() {
        String notEvenJson = "x".repeat(16 * 1024 + 1);

        DecodeException refused = decodeFailure(CODEC, notEvenJson);

        assertThat(refused.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("frame is 16385 bytes (expected: at most 16384)");
        assertThat(refused.toErrorFrame().ref()).isNull();
    }

    @Test
    void frameOfExactlyTheLimitIsAccepted() throws Exception {
        String frame = padTo(send("Still here, still trying."), 16 * 1024);

        assertThat(frame.getBytes(StandardCharsets.UTF_8)).hasSize(16 * 1024);
        assertThat(CODEC.decodeClient(frame)).isInstanceOf(ClientMessage.Send.class);
        assertThat(decodeFailure(CODEC, padTo(send("Still here, still trying."), 16 * 1024 + 1)).code())
                .isEqualTo(ErrorCode.FRAME_TOO_LARGE);
    }

    @Test
    void theFrameLimitCountsBytesAsSentSoEscapesCountSixEach() {
        String escaped = "\\u00e9".repeat(3_000); // 3,000 characters, 18,000 bytes on the wire

        assertThat(decodeFailure(CODEC, send(escaped)).code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
    }

    @Test
    void aFrameThisCodecEncodesFitsTheFrameLimitWhenItsTextFitsTheTextLimit() throws Exception {
        var send = new ClientMessage.Send(new RoomId("evening-lounge"), "c-1", SEEDLING.repeat(4_000));

        byte[] encoded = CODEC.encode(send);

        assertThat(encoded.length).isLessThanOrEqualTo(16 * 1024);
        assertThat(CODEC.decodeClient(encoded, 0, encoded.length)).isEqualTo(send);
    }

    @Test
    void emojiAreEncodedAsUtf8RatherThanEscapes() {
        var send = new ClientMessage.Send(new RoomId("evening-lounge"), "c-1", "made it " + SEEDLING);

        String json = new String(CODEC.encode(send), StandardCharsets.UTF_8);

        assertThat(json).contains("made it " + SEEDLING).doesNotContain("\\u");
    }

    @Test
    void limitsAreConfigurable() {
        ProtocolCodec tight = new ProtocolCodec(new CodecLimits(300, 10, 1));

        assertThat(decodeFailure(tight, send("a".repeat(11))).code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
        assertThat(decodeFailure(tight, padTo(send("hi"), 301)).code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
        assertThat(decodeFailure(tight, "{\"x\":{},\"type\":\"leave\",\"room\":\"lounge\"}").code())
                .isEqualTo(ErrorCode.TOO_DEEP);
    }

    @Test
    void limitsThatCannotWorkAreRefusedWithWhatWouldBeRight() {
        assertThatThrownBy(() -> new CodecLimits(255, 4_000, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFrameBytes: 255 (expected: >= 256)");
        assertThatThrownBy(() -> new CodecLimits(16_384, 0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTextLength: 0 (expected: > 0)");
        assertThatThrownBy(() -> new CodecLimits(16_384, 4_000, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth: 0 (expected: > 0)");
    }

    @Test
    void decodingReadsOnlyTheGivenSliceOfTheBuffer() throws Exception {
        byte[] frame = "{\"type\":\"leave\",\"room\":\"evening-lounge\"}".getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[frame.length + 20];
        java.util.Arrays.fill(buffer, (byte) 'x');
        System.arraycopy(frame, 0, buffer, 10, frame.length);

        assertThat(CODEC.decodeClient(buffer, 10, frame.length))
                .isEqualTo(new ClientMessage.Leave(new RoomId("evening-lounge")));
    }

    static String send(String rawText) {
        return "{\"type\":\"send\",\"room\":\"evening-lounge\",\"clientMsgId\":\"c-1\",\"text\":\"" + rawText + "\"}";
    }

    /** Pads a frame with JSON white space before its closing brace to exactly {@code bytes} bytes. */
    private static String padTo(String frame, int bytes) {
        int missing = bytes - frame.getBytes(StandardCharsets.UTF_8).length;
        return frame.substring(0, frame.length() - 1) + " ".repeat(missing) + "}";
    }

    static DecodeException decodeFailure(ProtocolCodec codec, String frame) {
        DecodeException refused = catchThrowableOfType(DecodeException.class, () -> codec.decodeClient(frame));
        assertThat(refused).as("decoding should fail").isNotNull();
        return refused;
    }
}
