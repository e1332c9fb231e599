package org.hearth.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.ProtocolCodec;
import org.junit.jupiter.api.Test;

/** The scanner reads frames as the protocol module's encoder (the server's) writes them. */
class FrameScannerTest {
    private final ProtocolCodec codec = new ProtocolCodec(CodecLimits.DEFAULTS);
    private final FrameScanner.MessageFields fields = new FrameScanner.MessageFields();

    private byte[] message(long seq, String text, boolean redacted) {
        return codec.encode(new ServerMessage.Message(new RoomId("lounge"), seq, "m-42", new Handle("QuietFern"), text,
                1760470925061L, redacted));
    }

    @Test
    void readsSeqSendTimeAndKindFromAMessageFrame() {
        byte[] frame = message(1234567, TextStamp.text(987654321012L, TextStamp.PLAIN, 100), false);
        assertThat(FrameScanner.type(frame, 0, frame.length)).isEqualTo('m');
        assertThat(FrameScanner.readMessage(frame, 0, frame.length, fields)).isTrue();
        assertThat(fields.seq).isEqualTo(1234567);
        assertThat(fields.sentNanos).isEqualTo(987654321012L);
        assertThat(fields.flag).isEqualTo('p');
        assertThat(fields.redacted).isFalse();
    }

    @Test
    void readsAModeratedMessageThatWasRedacted() {
        byte[] frame = message(7, TextStamp.text(55, TextStamp.MODERATED, 120), true);
        assertThat(FrameScanner.readMessage(frame, 0, frame.length, fields)).isTrue();
        assertThat(fields.seq).isEqualTo(7);
        assertThat(fields.sentNanos).isEqualTo(55);
        assertThat(fields.flag).isEqualTo('m');
        assertThat(fields.redacted).isTrue();
    }

    @Test
    void aMessageWithoutAStampHasNoSendTime() {
        byte[] frame = message(3, "hello there, \"lt:99\" is not at the start", false);
        assertThat(FrameScanner.readMessage(frame, 0, frame.length, fields)).isTrue();
        assertThat(fields.seq).isEqualTo(3);
        assertThat(fields.sentNanos).isEqualTo(-1);
    }

    @Test
    void readsAFrameInTheMiddleOfABuffer() {
        byte[] frame = message(99, TextStamp.text(1, TextStamp.PLAIN, 60), false);
        byte[] padded = new byte[frame.length + 20];
        System.arraycopy(frame, 0, padded, 10, frame.length);
        assertThat(FrameScanner.readMessage(padded, 10, 10 + frame.length, fields)).isTrue();
        assertThat(fields.seq).isEqualTo(99);
    }

    @Test
    void readsTheStatusAndSeqOfAcks() {
        byte[] sent = codec.encode(ServerMessage.Ack.sent(new RoomId("lounge"), "c1", 77));
        assertThat(FrameScanner.type(sent, 0, sent.length)).isEqualTo('a');
        assertThat(FrameScanner.readAck(sent, 0, sent.length, fields)).isEqualTo('s');
        assertThat(fields.seq).isEqualTo(77);
        byte[] rejected = codec.encode(ServerMessage.Ack.notSent(new RoomId("lounge"), "c2",
                ServerMessage.AckStatus.REJECTED, ErrorCode.RATE_LIMITED, "rate-limit", "slow down"));
        assertThat(FrameScanner.readAck(rejected, 0, rejected.length, fields)).isEqualTo('r');
        assertThat(fields.seq).isEqualTo(-1);
    }

    @Test
    void tellsOtherFrameTypesByTheirFirstLetterAndUnknownBytesApart() {
        byte[] presence = codec.encode(new ServerMessage.Presence(new RoomId("lounge"), new Handle("QuietFern"),
                ServerMessage.PresenceEvent.JOINED, 3));
        assertThat(FrameScanner.type(presence, 0, presence.length)).isEqualTo('p');
        byte[] junk = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
        assertThat(FrameScanner.type(junk, 0, junk.length)).isEqualTo(FrameScanner.UNKNOWN);
    }
}
