package org.hearth.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** The client's half of RFC 6455, just what the generator needs: the upgrade request and masked frames. */
public final class WsFrames {
    public static final int OP_TEXT = 0x1;
    public static final int OP_CLOSE = 0x8;
    public static final int OP_PING = 0x9;
    public static final int OP_PONG = 0xA;

    private WsFrames() {
    }

    /** The HTTP upgrade request, offering the hearth.v1 subprotocol. No Origin: not a browser. */
    public static byte[] upgradeRequest(String host, int port, String path, String subprotocol) {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + host + ":" + port + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: " + subprotocol + "\r\n"
                + "\r\n";
        return request.getBytes(StandardCharsets.US_ASCII);
    }

    /** A final, masked client frame with the given opcode and payload. */
    public static ByteBuf masked(ByteBufAllocator alloc, int opcode, byte[] payload) {
        int length = payload.length;
        int header = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
        ByteBuf buf = alloc.buffer(header + 4 + length);
        buf.writeByte(0x80 | opcode);
        if (length <= 125) {
            buf.writeByte(0x80 | length);
        } else if (length <= 0xFFFF) {
            buf.writeByte(0x80 | 126);
            buf.writeShort(length);
        } else {
            buf.writeByte(0x80 | 127);
            buf.writeLong(length);
        }
        int mask = ThreadLocalRandom.current().nextInt();
        buf.writeInt(mask);
        byte m0 = (byte) (mask >>> 24);
        byte m1 = (byte) (mask >>> 16);
        byte m2 = (byte) (mask >>> 8);
        byte m3 = (byte) mask;
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            buf.writeByte(payload[i] ^ m0);
            buf.writeByte(payload[i + 1] ^ m1);
            buf.writeByte(payload[i + 2] ^ m2);
            buf.writeByte(payload[i + 3] ^ m3);
        }
        for (; i < length; i++) {
            byte m = switch (i & 3) {
                case 0 -> m0;
                case 1 -> m1;
                case 2 -> m2;
                default -> m3;
            };
            buf.writeByte(payload[i] ^ m);
        }
        return buf;
    }

    /** A close frame's payload: the code, big-endian. */
    public static byte[] closePayload(int code) {
        return new byte[] {(byte) (code >>> 8), (byte) code};
    }
}
