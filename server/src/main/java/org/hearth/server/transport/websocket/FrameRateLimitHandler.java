package org.hearth.server.transport.websocket;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.function.LongSupplier;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.ServerMessage;

/**
 * Caps how many data frames one connection may send per second (bursts of twice that allowed),
 * before any decoding: a flooding client pays for its own frames and costs the others nothing. A
 * frame over the cap is dropped and answered with RATE_LIMITED. One per channel; event-loop only.
 */
final class FrameRateLimitHandler extends ChannelInboundHandlerAdapter {
    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private double tokens;
    private long updatedAt;

    FrameRateLimitHandler(int framesPerSecond, LongSupplier nanoTime) {
        this.perNano = framesPerSecond / 1e9;
        this.burst = framesPerSecond * 2.0;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.updatedAt = nanoTime.getAsLong();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof WebSocketFrame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - updatedAt) * perNano);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(msg);
        ctx.fireChannelRead(ServerMessage.Error.of(ErrorCode.RATE_LIMITED,
                "this connection is sending frames faster than allowed; slow down and resend", null, null, null));
    }
}
