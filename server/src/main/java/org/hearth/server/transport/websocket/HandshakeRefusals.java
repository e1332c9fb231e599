package org.hearth.server.transport.websocket;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import org.hearth.server.metrics.TransportMetrics;

/**
 * Counts an upgrade that Netty's handshaker refuses itself (it answers 400, for a missing key, or
 * 426, for a version it does not speak), which no exception reports. Put in front of the handshake
 * by the upgrade guard for one request, and taken out once the handshake is done, so connections
 * that chat never pass through it. One per channel.
 */
final class HandshakeRefusals extends ChannelOutboundHandlerAdapter {
    static final String NAME = "handshake-refusals";

    private final TransportMetrics metrics;

    HandshakeRefusals(TransportMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response
                && (response.status().code() == 400 || response.status().code() == 426)) {
            metrics.handshakeRejected("bad-handshake");
        }
        ctx.write(msg, promise);
    }
}
