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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.hearth.server.store.MessageStore;

/**
 * {@code GET /readyz}: whether the server can do its work now, as JSON: the store takes writes
 * (its writer thread answers a probe in turn with the writes) and every event loop runs a task
 * within the bound, and (a node of a cluster) its connections to the other nodes are up.
 * 200 with {@code "status":"ready"}, else 503 with what failed. Nothing waits
 * on the event loop: the checks complete asynchronously and the answer hops back to the
 * channel's loop. Public, like {@code /healthz}: it names no room, member or address.
 * Stateless, so one instance serves every channel.
 */
@ChannelHandler.Sharable
public final class ReadinessHandler extends ChannelInboundHandlerAdapter {
    static final String PATH = "/readyz";
    private static final FixedRoute ROUTE = new FixedRoute(PATH, HttpMethod.GET, HttpMethod.HEAD);
    /** How long each check may take before the server counts as not ready. */
    static final Duration BOUND = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageStore store;
    private final List<Executor> eventLoops;
    private final BooleanSupplier clusterReachable; // null on a single node

    /** A single node's readiness. */
    public ReadinessHandler(MessageStore store, List<Executor> eventLoops) {
        this(store, eventLoops, null);
    }

    /** @param clusterReachable whether the other nodes can be reached now; null on a single node */
    public ReadinessHandler(MessageStore store, List<Executor> eventLoops, BooleanSupplier clusterReachable) {
        this.store = store;
        this.eventLoops = List.copyOf(eventLoops);
        this.clusterReachable = clusterReachable;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        FullHttpRequest request = ROUTE.claim(ctx, msg);
        if (request == null) {
            return;
        }
        CompletableFuture<Boolean> storeWritable = bounded(store.checkWritable());
        CompletableFuture<Boolean> loopsResponsive = bounded(CompletableFuture.allOf(eventLoops.stream()
                .map(ReadinessHandler::roundTrip).toArray(CompletableFuture[]::new)));
        storeWritable.thenCombine(loopsResponsive, (writable, responsive) -> {
            Boolean reachable = clusterReachable == null ? null : clusterReachable.getAsBoolean();
            ctx.executor().execute(() -> respond(ctx, request, writable, responsive, reachable));
            return null;
        });
    }

    /** A task run on the loop: a loop that is stuck never completes it. */
    private static CompletableFuture<Void> roundTrip(Executor loop) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            loop.execute(() -> done.complete(null));
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    private static CompletableFuture<Boolean> bounded(CompletableFuture<?> check) {
        return check.orTimeout(BOUND.toMillis(), TimeUnit.MILLISECONDS).handle((ok, failure) -> failure == null);
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, boolean writable, boolean responsive,
                                Boolean clusterReachable) {
        try {
            boolean ready = writable && responsive && !Boolean.FALSE.equals(clusterReachable);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", ready ? "ready" : "not-ready");
            body.put("store", writable ? "writable" : "unavailable");
            body.put("eventLoops", responsive ? "responsive" : "stalled");
            if (clusterReachable != null) {
                body.put("cluster", clusterReachable ? "reachable" : "unreachable");
            }
            HttpResponses.send(ctx, request, ready ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "application/json", Unpooled.wrappedBuffer(JSON.writeValueAsBytes(body)), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fixed readiness document could not be written as JSON", e);
        } finally {
            request.release();
        }
    }
}
