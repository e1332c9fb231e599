package org.hearth.server.transport.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import org.hearth.server.auth.Role;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.config.ObservabilityConfig.MetricsAccess;
import org.hearth.server.metrics.HearthMetrics;

/**
 * {@code GET /metrics}: every metric in the Prometheus text format. With {@code metrics.access =
 * operator} only a signed-in operator (bearer token or the sign-in cookie) may read it: 401
 * without a valid sign-in, 403 for a moderator; with {@code open}, anyone who reaches the port.
 * The scrape reads counters and gauges in memory only, so it runs on the event loop.
 * Stateless, so one instance serves every channel.
 */
@ChannelHandler.Sharable
public final class MetricsHandler extends ChannelInboundHandlerAdapter {
    static final String PATH = "/metrics";
    private static final FixedRoute ROUTE = new FixedRoute(PATH, HttpMethod.GET, HttpMethod.HEAD);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HearthMetrics metrics;
    private final MetricsAccess access;
    private final StaffTokens tokens;

    public MetricsHandler(HearthMetrics metrics, MetricsAccess access, StaffTokens tokens) {
        this.metrics = metrics;
        this.access = access;
        this.tokens = tokens;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        FullHttpRequest request = ROUTE.claim(ctx, msg);
        if (request == null) {
            return;
        }
        if (access == MetricsAccess.OPERATOR && StaffGate.admit(ctx, request, tokens,
                staff -> staff.role() == Role.OPERATOR, "Only operators may read the metrics.") == null) {
            return;
        }
        try {
            String text = metrics.scrape();
            if (text == null) {
                HttpResponses.send(ctx, request, HttpResponseStatus.NOT_FOUND, "text/plain; charset=utf-8",
                        Unpooled.copiedBuffer("This server keeps no metrics.\n", StandardCharsets.UTF_8), false);
                return;
            }
            HttpResponses.send(ctx, request, HttpResponseStatus.OK, PROMETHEUS_TEXT,
                    Unpooled.copiedBuffer(text, StandardCharsets.UTF_8), false);
        } finally {
            request.release();
        }
    }
}
