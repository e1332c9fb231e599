package org.hearth.server.transport.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.protocol.ProtocolViolation;
import org.hearth.protocol.RoomId;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.store.AuditLog;

/**
 * {@code GET /rooms/{room}/audit?before=ID&limit=N}: a page of the room's audit log, newest first,
 * for the room's moderators and operators (bearer token or the sign-in cookie). 401 without a
 * valid sign-in, 403 for staff of other rooms. Read-only: no route changes the log. The read
 * runs off the event loop. Stateless, so one instance serves every channel.
 */
@ChannelHandler.Sharable
public final class AuditHandler extends ChannelInboundHandlerAdapter {
    private static final Pattern PATH = Pattern.compile("/rooms/([^/]+)/audit");
    private static final int MAX_LIMIT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaffTokens tokens;
    private final AuditLog audit;
    private final Executor slowWork;

    public AuditHandler(StaffTokens tokens, AuditLog audit, Executor slowWork) {
        this.tokens = tokens;
        this.audit = audit;
        this.slowWork = slowWork;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Matcher path = msg instanceof FullHttpRequest request
                ? PATH.matcher(new QueryStringDecoder(request.uri()).path()) : null;
        if (path == null || !path.matches()) {
            ctx.fireChannelRead(msg);
            return;
        }
        FullHttpRequest request = (FullHttpRequest) msg;
        if (!HttpMethod.GET.equals(request.method())) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED,
                    "The audit log can only be read.\n");
            return;
        }
        RoomId room;
        try {
            room = new RoomId(path.group(1));
        } catch (ProtocolViolation e) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.NOT_FOUND, "No such room.\n");
            return;
        }
        if (StaffGate.admit(ctx, request, tokens, principal -> principal.moderates(room),
                "Only the moderators of " + room + " and operators may read its audit log.") == null) {
            return;
        }
        QueryStringDecoder query = new QueryStringDecoder(request.uri());
        long before = number(query, "before", Long.MAX_VALUE);
        int limit = (int) Math.min(MAX_LIMIT, Math.max(1, number(query, "limit", 50)));
        try {
            slowWork.execute(() -> {
                List<AuditLog.Entry> page = audit.page(room.value(), before, limit);
                ctx.executor().execute(() -> respond(ctx, request, page));
            });
        } catch (RejectedExecutionException e) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, "Try again in a moment.\n");
        }
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, List<AuditLog.Entry> page) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("entries", page);
            body.put("next", page.isEmpty() ? null : page.getLast().id());
            HttpResponses.send(ctx, request, HttpResponseStatus.OK, "application/json",
                    Unpooled.wrappedBuffer(JSON.writeValueAsBytes(body)), false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            HttpResponses.send(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8",
                    Unpooled.copiedBuffer("The audit log could not be written out.\n", java.nio.charset.StandardCharsets.UTF_8),
                    false);
        } finally {
            request.release();
        }
    }

    private static long number(QueryStringDecoder query, String name, long otherwise) {
        List<String> values = query.parameters().get(name);
        if (values == null || values.isEmpty()) {
            return otherwise;
        }
        try {
            return Long.parseLong(values.getFirst());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
