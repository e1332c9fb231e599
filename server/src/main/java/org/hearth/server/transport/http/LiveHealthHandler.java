package org.hearth.server.transport.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.hearth.server.auth.Role;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.operations.OperationsFeed;

/**
 * {@code GET /operations/live}: the operators' live view as server-sent events
 * ({@code text/event-stream}): {@code history} first (the last hour's samples and every room's
 * pulse), then a {@code snapshot} every few seconds and soon after a post is held or decided or a
 * moderator comes or goes; {@code signed-out} just before the stream ends because its sign-in has.
 *
 * <p>Why server-sent events and not the WebSocket: the live view only listens, the browser's
 * {@code EventSource} reconnects by itself, and this stays an ordinary staff route behind the same
 * {@link StaffGate} as {@code GET /operations/rooms}. An {@code EventSource} cannot send an
 * {@code Authorization} header, but a same-origin one sends the HttpOnly, SameSite=Strict sign-in
 * cookie, as the page's fetches do; so no token goes in a URL, where logs and histories keep it.
 * Other clients send {@code Authorization: Bearer}. The WebSocket would need operator frames in
 * the members' protocol, and a hello with a handle, for a page that never speaks.
 *
 * <p>Operators only: 401 without a sign-in, 403 for a moderator; 503 when the feed's limit of
 * streams are open already. The sign-in is checked again before every event, so a stream ends
 * when its sign-in does. A stream whose reader stops reading skips snapshots and is closed after
 * {@link EventStreamWatcher#STALLED_MILLIS}; one that closes frees its place at once. Stateless
 * apart from each stream's channel attribute, so one instance serves every channel.
 */
@ChannelHandler.Sharable
public final class LiveHealthHandler extends ChannelInboundHandlerAdapter {
    static final String PATH = "/operations/live";
    private static final FixedRoute ROUTE = new FixedRoute(PATH, HttpMethod.GET);
    /** How long the browser waits before reconnecting a stream that broke. */
    private static final byte[] RETRY = "retry: 3000\n\n".getBytes(StandardCharsets.UTF_8);
    private static final AttributeKey<OperationsFeed.Watch> WATCH = AttributeKey.valueOf("hearth.operations.watch");

    private final StaffTokens tokens;
    private final OperationsFeed feed;
    private final Clock clock;

    public LiveHealthHandler(StaffTokens tokens, OperationsFeed feed, Clock clock) {
        this.tokens = tokens;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (ctx.channel().attr(WATCH).get() != null) {
            ReferenceCountUtil.release(msg); // a stream carries nothing else: a second request would interleave with it
            ctx.close();
            return;
        }
        FullHttpRequest request = ROUTE.claim(ctx, msg);
        if (request == null) {
            return;
        }
        if (StaffGate.admit(ctx, request, tokens, staff -> staff.role() == Role.OPERATOR,
                "Only operators may watch every room's health.") == null) {
            return;
        }
        try {
            // The watcher writes from the feed's thread, so its writes queue behind this handler's:
            // the response head always goes first.
            OperationsFeed.Watch watch = feed.watch(new EventStreamWatcher(ctx.channel(), tokens,
                    StaffCredentials.any(request), clock));
            if (watch == null) {
                HttpResponses.send(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, "text/plain; charset=utf-8",
                        Unpooled.copiedBuffer("The live view is open in " + feed.maxWatchers()
                                + " places already, the most it serves; close one, or try again later.\n",
                                StandardCharsets.UTF_8), false, Map.of(HttpHeaderNames.RETRY_AFTER, "30"));
                return;
            }
            ctx.channel().attr(WATCH).set(watch);
            ctx.channel().closeFuture().addListener(closed -> watch.stop());
            if (ctx.pipeline().get(IdleStateHandler.class) != null) {
                ctx.pipeline().remove(IdleStateHandler.class); // the reader is silent by design; the stream writes every few seconds
            }
            HttpResponse head = new DefaultHttpResponse(request.protocolVersion(), HttpResponseStatus.OK);
            head.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                    .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            HttpResponses.secure(head.headers());
            HttpUtil.setTransferEncodingChunked(head, true);
            ctx.write(head);
            ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(RETRY)));
        } finally {
            request.release();
        }
    }
}
