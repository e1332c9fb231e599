package org.hearth.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.protocol.json.LimitsTest.decodeFailure;

import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.RoomSummary;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid frames at the edges of the rules decode to what they say. */
class DecodingTest {
    private static final ProtocolCodec CODEC = new ProtocolCodec(CodecLimits.DEFAULTS);
    private static final RoomId LOUNGE = new RoomId("evening-lounge");

    @Test
    void nullOptionalFieldsMeanAbsent() throws Exception {
        assertThat(CODEC.decodeClient("{\"type\":\"hello\",\"handle\":\"QuietFern\",\"resumeToken\":null}"))
                .isEqualTo(new ClientMessage.Hello(new Handle("QuietFern"), null));
        assertThat(CODEC.decodeClient("{\"type\":\"join\",\"room\":\"evening-lounge\",\"lastSeq\":null}"))
                .isEqualTo(new ClientMessage.Join(LOUNGE, null));
    }

    @Test
    void fieldsMayComeInAnyOrder() throws Exception {
        assertThat(CODEC.decodeClient("{\"text\":\"hi\",\"clientMsgId\":\"c-1\",\"room\":\"evening-lounge\",\"type\":\"send\"}"))
                .isEqualTo(new ClientMessage.Send(LOUNGE, "c-1", "hi"));
    }

    @Test
    void whiteSpaceAroundAndInsideTheObjectIsIgnored() throws Exception {
        assertThat(CODEC.decodeClient(" \n{ \"type\" : \"leave\" ,\n\t\"room\" : \"evening-lounge\" }\r\n "))
                .isEqualTo(new ClientMessage.Leave(LOUNGE));
    }

    @Test
    void lastSeqFromZeroToTheLargest64BitValueIsAccepted() throws Exception {
        assertThat(CODEC.decodeClient("{\"type\":\"join\",\"room\":\"evening-lounge\",\"lastSeq\":0}"))
                .isEqualTo(new ClientMessage.Join(LOUNGE, 0L));
        assertThat(CODEC.decodeClient("{\"type\":\"join\",\"room\":\"evening-lounge\",\"lastSeq\":9223372036854775807}"))
                .isEqualTo(new ClientMessage.Join(LOUNGE, Long.MAX_VALUE));
    }

    @Test
    void textKeepsLineBreaksSpacesAndEmojiExactly() throws Exception {
        String text = "  Two things today:\n- I called my sister\n- I ate a real lunch \uD83E\uDD57\n";

        var send = (ClientMessage.Send) CODEC.decodeClient(
                "{\"type\":\"send\",\"room\":\"evening-lounge\",\"clientMsgId\":\"c-1\",\"text\":"
                        + "\"  Two things today:\\n- I called my sister\\n- I ate a real lunch \uD83E\uDD57\\n\"}");

        assertThat(send.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"hello\"", "42", "true", "[]", ""})
    void aFrameThatIsNotAJsonObjectIsRefusedRatherThanDecodedToNothing(String frame) {
        DecodeException refused = decodeFailure(CODEC, frame);

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(refused.getMessage()).isEqualTo("frame must be one JSON object");
    }

    @Test
    void aByteOrderMarkBeforeTheFrameIsIgnored() throws Exception {
        assertThat(CODEC.decodeClient("\uFEFF{\"type\":\"leave\",\"room\":\"evening-lounge\"}"))
                .isEqualTo(new ClientMessage.Leave(LOUNGE));
    }

    @Test
    void serverFramesAreNotBoundByTheClientFrameLimits() throws Exception {
        List<ServerMessage.Message> history = new ArrayList<>();
        for (long seq = 1; seq <= 20; seq++) {
            history.add(new ServerMessage.Message(LOUNGE, seq, "m-" + seq, new Handle("Harbour.Light"),
                    "a long evening of writing things down. ".repeat(100), 1760470692418L + seq, false));
        }
        var joined = new ServerMessage.Joined(LOUNGE, new RoomSummary("Evening Lounge", "Winding down together."),
                List.of(new Handle("Harbour.Light")), history, 20, false);

        byte[] encoded = CODEC.encode(joined);

        assertThat(encoded.length).isGreaterThan(CodecLimits.DEFAULTS.maxFrameBytes());
        assertThat(CODEC.decodeServer(encoded, 0, encoded.length)).isEqualTo(joined);
    }
}
