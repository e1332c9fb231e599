package org.hearth.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The whole client pipeline of one connection: writes the upgrade request, reads the 101 answer,
 * then cuts server frames out of the byte stream in place and hands text payloads to the member
 * as (buffer, from, to), with no frame objects, copies or string decoding. Answers pings and close
 * frames itself.
 */
final class MemberHandler extends ByteToMessageDecoder {
    private static final int MAX_HTTP_HEAD = 16 * 1024;
    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    private final VirtualMember member;
    private final byte[] upgradeRequest;
    private boolean upgraded;

    MemberHandler(VirtualMember member, byte[] upgradeRequest) {
        this.member = member;
        this.upgradeRequest = upgradeRequest;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(upgradeRequest));
        super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!upgraded && !readUpgradeAnswer(ctx, in)) {
            return;
        }
        member.stats.readNanos = System.nanoTime();
        while (in.readableBytes() >= 2) {
            int at = in.readerIndex();
            int b0 = in.getUnsignedByte(at);
            int b1 = in.getUnsignedByte(at + 1);
            int header = 2;
            long length = b1 & 0x7F;
            if (length == 126) {
                if (in.readableBytes() < 4) {
                    return;
                }
                length = in.getUnsignedShort(at + 2);
                header = 4;
            } else if (length == 127) {
                if (in.readableBytes() < 10) {
                    return;
                }
                length = in.getLong(at + 2);
                header = 10;
            }
            if ((b1 & 0x80) != 0) {
                header += 4; // servers must not mask; tolerate it by skipping the key (payload left masked)
            }
            if (length > Integer.MAX_VALUE - 64 || in.readableBytes() < header + length) {
                return;
            }
            int from = at + header;
            int to = from + (int) length;
            int opcode = b0 & 0x0F;
            switch (opcode) {
                case WsFrames.OP_TEXT -> {
                    if ((b0 & 0x80) == 0) {
                        LoopStats.count(member.stats.errors, "fragmented frame");
                    } else if (member.channel == ctx.channel()) {
                        int size = to - from;
                        byte[] payload = member.stats.scratch(size);
                        in.getBytes(from, payload, 0, size);
                        member.onText(payload, 0, size);
                    }
                }
                case WsFrames.OP_PING -> {
                    byte[] payload = new byte[to - from];
                    in.getBytes(from, payload);
                    ctx.writeAndFlush(WsFrames.masked(ctx.alloc(), WsFrames.OP_PONG, payload));
                }
                case WsFrames.OP_CLOSE -> {
                    int code = to - from >= 2 ? in.getUnsignedShort(from) : 1005;
                    if (member.channel == ctx.channel()) {
                        member.onClose(code);
                    }
                    ctx.writeAndFlush(WsFrames.masked(ctx.alloc(), WsFrames.OP_CLOSE, WsFrames.closePayload(code)))
                            .addListener(f -> ctx.close());
                }
                case WsFrames.OP_PONG -> {
                }
                default -> LoopStats.count(member.stats.errors, "unexpected opcode " + opcode);
            }
            in.readerIndex(to);
        }
    }

    /** Reads the HTTP answer to the upgrade; returns whether frames may follow. */
    private boolean readUpgradeAnswer(ChannelHandlerContext ctx, ByteBuf in) {
        int end = indexAfter(in, HEAD_END);
        if (end < 0) {
            if (in.readableBytes() > MAX_HTTP_HEAD) {
                member.onUpgradeRefused("answer head too long");
                in.skipBytes(in.readableBytes());
                ctx.close();
            }
            return false;
        }
        String head = in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.US_ASCII);
        in.readerIndex(end);
        String status = head.length() >= 12 ? head.substring(9, 12) : head.strip();
        if (!status.equals("101")) {
            in.skipBytes(in.readableBytes());
            member.onUpgradeRefused(status);
            ctx.close();
            return false;
        }
        upgraded = true;
        member.onUpgraded();
        return true;
    }

    private static int indexAfter(ByteBuf in, byte[] key) {
        int last = in.writerIndex() - key.length;
        outer:
        for (int i = in.readerIndex(); i <= last; i++) {
            for (int k = 0; k < key.length; k++) {
                if (in.getByte(i + k) != key[k]) {
                    continue outer;
                }
            }
            return i + key.length;
        }
        return -1;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        member.onChannelInactive(ctx.channel());
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LoopStats.count(member.stats.errors, "channel: " + cause.getClass().getSimpleName());
        ctx.close();
    }
}
