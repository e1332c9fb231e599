package org.hearth.server.transport.websocket;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.hearth.protocol.Protocol;
import org.hearth.server.transport.http.HttpResponses;

/**
 * Checks a WebSocket upgrade request before the WebSocket exists: the page's origin must be
 * allowed (else 403) and the client address must be under its connection limit (else 429). A
 * request that passes goes on to the handshake, and this handler leaves the pipeline.
 */
final class UpgradeGuardHandler extends ChannelInboundHandlerAdapter {
    private final OriginPolicy origins;
    private final ConnectionLimiter limiter;

    UpgradeGuardHandler(OriginPolicy origins, ConnectionLimiter limiter) {
        this.origins = origins;
        this.limiter = limiter;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || !isWebSocketPath(request.uri())) {
            ctx.fireChannelRead(msg);
            return;
        }
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        if (!origins.allows(origin, request.headers().get(HttpHeaderNames.HOST))) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.FORBIDDEN,
                    "This page's origin may not open a Hearth connection.\n");
            return;
        }
        InetAddress address = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        if (!limiter.tryAcquire(address)) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.TOO_MANY_REQUESTS,
                    "Too many connections from this address. Close some and try again.\n");
            return;
        }
        ctx.channel().closeFuture().addListener(future -> limiter.release(address));
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(msg);
    }

    private static boolean isWebSocketPath(String uri) {
        return uri.equals(Protocol.WEBSOCKET_PATH) || uri.startsWith(Protocol.WEBSOCKET_PATH + "?");
    }
}
