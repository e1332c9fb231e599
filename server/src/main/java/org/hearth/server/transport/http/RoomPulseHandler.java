package org.hearth.server.transport.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hearth.server.auth.Role;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.room.RoomPulse;

/**
 * {@code GET /operations/rooms}: every room's health now, as JSON, for the operators' live view
 * (members online, messages in the last minute, held messages by level, the oldest one's wait,
 * whether a moderator is on duty). Operators only, whatever {@code metrics.access} says: 401
 * without a sign-in, 403 for a moderator. Each room is read on its own thread; the answer hops
 * back to the channel's loop, so nothing waits on the event loop. Stateless, so one instance
 * serves every channel.
 */
@ChannelHandler.Sharable
public final class RoomPulseHandler extends ChannelInboundHandlerAdapter {
    static final String PATH = "/operations/rooms";
    private static final FixedRoute ROUTE = new FixedRoute(PATH, HttpMethod.GET);
    private static final long BOUND_MILLIS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaffTokens tokens;
    private final Supplier<CompletableFuture<List<RoomPulse>>> pulses;
    private final Clock clock;

    public RoomPulseHandler(StaffTokens tokens, Supplier<CompletableFuture<List<RoomPulse>>> pulses, Clock clock) {
        this.tokens = tokens;
        this.pulses = pulses;
        this.clock = clock;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        FullHttpRequest request = ROUTE.claim(ctx, msg);
        if (request == null) {
            return;
        }
        if (StaffGate.admit(ctx, request, tokens, staff -> staff.role() == Role.OPERATOR,
                "Only operators may see every room's health.") == null) {
            return;
        }
        pulses.get().orTimeout(BOUND_MILLIS, TimeUnit.MILLISECONDS).whenComplete((rooms, failure) ->
                ctx.executor().execute(() -> respond(ctx, request, rooms)));
    }

    private void respond(ChannelHandlerContext ctx, FullHttpRequest request, List<RoomPulse> rooms) {
        try {
            if (rooms == null) {
                HttpResponses.send(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, "text/plain; charset=utf-8",
                        Unpooled.copiedBuffer("The rooms did not answer in time.\n", java.nio.charset.StandardCharsets.UTF_8),
                        false);
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("time", clock.millis());
            body.put("rooms", rooms);
            HttpResponses.send(ctx, request, HttpResponseStatus.OK, "application/json",
                    Unpooled.wrappedBuffer(JSON.writeValueAsBytes(body)), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the rooms' health could not be written as JSON", e);
        } finally {
            request.release();
        }
    }
}
