package org.hearth.server.transport.websocket;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.hearth.protocol.Protocol;
import io.netty.util.AttributeKey;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.metrics.TransportMetrics;
import org.hearth.server.transport.http.HttpResponses;
import org.hearth.server.transport.http.StaffCredentials;

/**
 * Checks a WebSocket upgrade request before the WebSocket exists: the page's origin must be
 * allowed (else 403), a bearer token if given must be valid (else 401), and the client address
 * must be under its connection limit (else 429). A signed-in staff member's principal is kept on
 * the channel. A request that passes goes on to the handshake, and this handler leaves the
 * pipeline.
 */
final class UpgradeGuardHandler extends ChannelInboundHandlerAdapter {
    /** The signed-in staff member a connection belongs to; absent for members. */
    static final AttributeKey<Principal> PRINCIPAL = AttributeKey.valueOf("hearth.principal");

    private final OriginPolicy origins;
    private final ConnectionLimiter limiter;
    private final StaffTokens tokens;
    private final TransportMetrics metrics;

    UpgradeGuardHandler(OriginPolicy origins, ConnectionLimiter limiter, StaffTokens tokens, TransportMetrics metrics) {
        this.metrics = metrics;
        this.origins = origins;
        this.limiter = limiter;
        this.tokens = tokens;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || !isWebSocketPath(request.uri())) {
            ctx.fireChannelRead(msg);
            return;
        }
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        if (!origins.allows(origin, request.headers().get(HttpHeaderNames.HOST))) {
            metrics.handshakeRejected("origin");
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.FORBIDDEN,
                    "This page's origin may not open a Hearth connection.\n");
            return;
        }
        // A bad bearer token is an error; a stale cookie only means "not signed in" (a member).
        String bearer = StaffCredentials.bearer(request);
        Principal principal = tokens.authenticate(bearer != null ? bearer : StaffCredentials.cookie(request));
        if (bearer != null && principal == null) {
            metrics.handshakeRejected("sign-in");
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.UNAUTHORIZED,
                    "This sign-in has expired or is unknown. Sign in again.\n");
            return;
        }
        InetAddress address = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        if (!limiter.tryAcquire(address)) {
            metrics.handshakeRejected("too-many-connections");
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.TOO_MANY_REQUESTS,
                    "Too many connections from this address. Close some and try again.\n");
            return;
        }
        ctx.channel().closeFuture().addListener(future -> limiter.release(address));
        if (principal != null) {
            ctx.channel().attr(PRINCIPAL).set(principal);
        }
        ctx.pipeline().addAfter(ctx.name(), HandshakeRefusals.NAME, new HandshakeRefusals(metrics));
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(msg);
    }

    private static boolean isWebSocketPath(String uri) {
        return uri.equals(Protocol.WEBSOCKET_PATH) || uri.startsWith(Protocol.WEBSOCKET_PATH + "?");
    }
}
