package org.hearth.server.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.StoreException;
import org.junit.jupiter.api.Test;

/** The readiness check alone, in an embedded channel: what each failure makes of the answer. */
class ReadinessHandlerTest {
    private static final Executor RUNS_AT_ONCE = Runnable::run;
    private static final Executor STUCK = task -> { }; // a loop that never gets round to the task

    /** A store whose only answer is to the readiness probe. */
    private static MessageStore storeAnswering(CompletableFuture<Void> probe) {
        return (MessageStore) Proxy.newProxyInstance(MessageStore.class.getClassLoader(), new Class<?>[] {MessageStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("checkWritable")) {
                        return probe;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static FullHttpResponse ask(MessageStore store, List<Executor> loops) throws InterruptedException {
        return ask(new ReadinessHandler(store, loops));
    }

    private static FullHttpResponse ask(ReadinessHandler handler) throws InterruptedException {
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/readyz"));
        long deadline = System.nanoTime() + ReadinessHandler.BOUND.toNanos() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            channel.runPendingTasks();
            FullHttpResponse response = channel.readOutbound();
            if (response != null) {
                return response;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no answer from /readyz within the bound");
    }

    @Test
    void aWritableStoreAndAnsweringLoopsAreReady() throws Exception {
        FullHttpResponse response = ask(storeAnswering(CompletableFuture.completedFuture(null)), List.of(RUNS_AT_ONCE));

        assertThat(response.status().code()).isEqualTo(200);
        assertThat(response.content().toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"ready\",\"store\":\"writable\",\"eventLoops\":\"responsive\"}");
        response.release();
    }

    @Test
    void aClusterNodeThatCannotReachTheOtherNodesIsNotReadyAndSaysSo() throws Exception {
        MessageStore writable = storeAnswering(CompletableFuture.completedFuture(null));
        FullHttpResponse cut = ask(new ReadinessHandler(writable, List.of(RUNS_AT_ONCE), () -> false));
        FullHttpResponse joined = ask(new ReadinessHandler(writable, List.of(RUNS_AT_ONCE), () -> true));

        assertThat(cut.status().code()).isEqualTo(503);
        assertThat(cut.content().toString(StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"not-ready\","
                + "\"store\":\"writable\",\"eventLoops\":\"responsive\",\"cluster\":\"unreachable\"}");
        assertThat(joined.status().code()).isEqualTo(200);
        assertThat(joined.content().toString(StandardCharsets.UTF_8)).endsWith(",\"cluster\":\"reachable\"}");
        cut.release();
        joined.release();
    }

    @Test
    void aStoreThatCannotWriteMakesTheServerNotReady() throws Exception {
        FullHttpResponse response = ask(storeAnswering(CompletableFuture.failedFuture(new StoreException("read-only"))),
                List.of(RUNS_AT_ONCE));

        assertThat(response.status().code()).isEqualTo(503);
        assertThat(response.content().toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"not-ready\",\"store\":\"unavailable\",\"eventLoops\":\"responsive\"}");
        response.release();
    }

    @Test
    void aStuckEventLoopMakesTheServerNotReadyOnceTheBoundHasPassed() throws Exception {
        FullHttpResponse response = ask(storeAnswering(CompletableFuture.completedFuture(null)),
                List.of(RUNS_AT_ONCE, STUCK));

        assertThat(response.status().code()).isEqualTo(503);
        assertThat(response.content().toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"not-ready\",\"store\":\"writable\",\"eventLoops\":\"stalled\"}");
        response.release();
    }
}
