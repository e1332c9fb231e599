package org.hearth.server.transport.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.protocol.ProtocolViolation;
import org.hearth.protocol.RoomId;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.Role;
import org.hearth.server.auth.StaffTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PUT /rooms/{room}/charter}: an operator edits a room's charter with a JSON object of the
 * fields to change ({@code title}, {@code purpose}, {@code rules}, {@code support}, {@code locale},
 * {@code moderationHours}, {@code policies}). The edit is checked like the config file, kept in
 * the store (it outlives restarts and wins over the file), applied to the running room, and
 * audited; the answer is the charter as it now is. 401 without a sign-in, 403 for anyone but an
 * operator, 400 with the reason for a bad edit. The work runs off the event loop. Stateless.
 */
@ChannelHandler.Sharable
public final class CharterEditHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(CharterEditHandler.class);
    private static final Pattern PATH = Pattern.compile("/rooms/([^/]+)/charter");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaffTokens tokens;
    private final CharterEditor editor;
    private final Executor slowWork;

    public CharterEditHandler(StaffTokens tokens, CharterEditor editor, Executor slowWork) {
        this.tokens = tokens;
        this.editor = editor;
        this.slowWork = slowWork;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Matcher path = msg instanceof FullHttpRequest request && HttpMethod.PUT.equals(request.method())
                ? PATH.matcher(new QueryStringDecoder(request.uri()).path()) : null;
        if (path == null || !path.matches()) {
            ctx.fireChannelRead(msg); // reading a charter is the public route's job
            return;
        }
        FullHttpRequest request = (FullHttpRequest) msg;
        RoomId room;
        try {
            room = new RoomId(path.group(1));
        } catch (ProtocolViolation e) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.NOT_FOUND, "No such room.\n");
            return;
        }
        Principal principal = StaffGate.admit(ctx, request, tokens, staff -> staff.role() == Role.OPERATOR,
                "Only operators may edit a charter.");
        if (principal == null) {
            return;
        }
        Map<String, Object> fields;
        try {
            fields = JSON.readValue(request.content().toString(StandardCharsets.UTF_8), new TypeReference<>() { });
        } catch (JsonProcessingException | IllegalArgumentException e) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.BAD_REQUEST,
                    "The body must be a JSON object of the charter fields to change, such as {\"purpose\": \"...\"}.\n");
            return;
        }
        String operator = principal.account().name();
        try {
            slowWork.execute(() -> {
                Answer answer = edit(room, fields, operator);
                ctx.executor().execute(() -> answer.send(ctx, request));
            });
        } catch (RejectedExecutionException e) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, "Try again in a moment.\n");
        }
    }

    private Answer edit(RoomId room, Map<String, Object> fields, String operator) {
        try {
            Map<String, Object> charter = editor.edit(room, fields, operator);
            return charter == null ? new Answer(HttpResponseStatus.NOT_FOUND, "No such room.\n", null)
                    : new Answer(HttpResponseStatus.OK, null, JSON.writeValueAsBytes(charter));
        } catch (IllegalArgumentException e) {
            return new Answer(HttpResponseStatus.BAD_REQUEST, "The edit was not made: " + e.getMessage() + "\n", null);
        } catch (RuntimeException | JsonProcessingException e) {
            log.error("a charter edit of {} failed: {}", room, e.toString());
            return new Answer(HttpResponseStatus.INTERNAL_SERVER_ERROR, "The edit could not be saved; nothing changed.\n", null);
        }
    }

    /** The response, made off the event loop and sent on it. */
    private record Answer(HttpResponseStatus status, String text, byte[] json) {
        void send(ChannelHandlerContext ctx, FullHttpRequest request) {
            if (json == null) {
                HttpResponses.sendAndRelease(ctx, request, status, text);
                return;
            }
            try {
                HttpResponses.send(ctx, request, status, "application/json", Unpooled.wrappedBuffer(json), false);
            } finally {
                request.release();
            }
        }
    }
}
