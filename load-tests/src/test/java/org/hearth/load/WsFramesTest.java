package org.hearth.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WsFramesTest {
    @Test
    void aMaskedClientFrameUnmasksToItsPayload() {
        for (int size : new int[] {0, 5, 125, 126, 1000, 70_000}) {
            byte[] payload = new byte[size];
            for (int i = 0; i < size; i++) {
                payload[i] = (byte) ('a' + i % 26);
            }
            ByteBuf frame = WsFrames.masked(UnpooledByteBufAllocator.DEFAULT, WsFrames.OP_TEXT, payload);
            assertThat((int) frame.readUnsignedByte()).isEqualTo(0x81);
            int b1 = frame.readUnsignedByte();
            assertThat(b1 & 0x80).as("mask bit").isEqualTo(0x80);
            long length = b1 & 0x7F;
            if (length == 126) {
                length = frame.readUnsignedShort();
            } else if (length == 127) {
                length = frame.readLong();
            }
            assertThat(length).isEqualTo(size);
            byte[] mask = new byte[4];
            frame.readBytes(mask);
            byte[] unmasked = new byte[size];
            for (int i = 0; i < size; i++) {
                unmasked[i] = (byte) (frame.readByte() ^ mask[i & 3]);
            }
            assertThat(unmasked).isEqualTo(payload);
            assertThat(frame.isReadable()).isFalse();
            frame.release();
        }
    }

    @Test
    void theUpgradeRequestOffersTheSubprotocolAndNoOrigin() {
        String request = new String(WsFrames.upgradeRequest("127.0.0.1", 8080, "/ws", "hearth.v1"),
                StandardCharsets.US_ASCII);
        assertThat(request).startsWith("GET /ws HTTP/1.1\r\n").contains("Sec-WebSocket-Protocol: hearth.v1\r\n")
                .contains("Upgrade: websocket").doesNotContain("Origin").endsWith("\r\n\r\n");
    }
}
