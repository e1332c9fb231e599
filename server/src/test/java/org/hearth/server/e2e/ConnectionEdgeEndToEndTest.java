package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What happens at the edge: origins, connection limits, slow readers, shutdown. */
class ConnectionEdgeEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private RunningServer server(String... settings) {
        RunningServer server = RunningServer.start(settings);
        open.add(server);
        return server;
    }

    private WsClient track(WsClient client) {
        open.add(client);
        return client;
    }

    @Test
    void aPageFromAnotherOriginIsRefusedBeforeTheUpgrade() {
        RunningServer server = server();

        assertThat(handshakeStatus(() -> WsClient.connect(server.url, "http://evil.example"))).isEqualTo(403);
    }

    @Test
    void aPageFromTheServersOwnOriginMayConnect() {
        RunningServer server = server();

        WsClient client = track(WsClient.connect(server.url, "http://" + server.url.getAuthority()));
        client.send(new ClientMessage.Hello(new org.hearth.protocol.Handle("ash"), null));

        assertThat(client.await(ServerMessage.Welcome.class).handle().value()).isEqualTo("ash");
    }

    @Test
    void anAllowedOriginFromTheConfigurationMayConnectAndOthersMayNot() {
        RunningServer server = server("server.allowed-origins", "https://chat.example.org");

        track(WsClient.connect(server.url, "https://chat.example.org"));
        assertThat(handshakeStatus(() -> WsClient.connect(server.url, "http://" + server.url.getAuthority())))
                .isEqualTo(403);
    }

    @Test
    void connectionsBeyondThePerAddressLimitAreRefusedWith429UntilOneCloses() {
        RunningServer server = server("limits.connections-per-address", "2");
        WsClient first = WsClient.connect(server.url);
        track(WsClient.connect(server.url));

        assertThat(handshakeStatus(() -> WsClient.connect(server.url))).isEqualTo(429);
        first.close();
        WsClient again = null;
        for (int attempt = 0; attempt < 50 && again == null; attempt++) { // the server frees the place as it sees the close
            try {
                again = track(WsClient.connect(server.url));
            } catch (RuntimeException refused) {
                sleepQuietly(Duration.ofMillis(100));
            }
        }
        assertThat(again).as("a place frees up when a connection closes").isNotNull();
    }

    @Test
    void aStalledReaderIsCutOffWhileTheOthersKeepReceivingEverything() {
        RunningServer server = server("limits.messages-per-minute", "100000", "limits.frames-per-second", "100000",
                "limits.slow-consumer-bytes", "262144", "limits.slow-consumer-time", "1s", "history.window", "10000");
        WsClient sender = track(WsClient.joined(server.url, "sender", "lounge"));
        WsClient reader = track(WsClient.joined(server.url, "reader", "lounge"));
        WsClient stalled = track(WsClient.joined(server.url, "stalled", "lounge"));
        stalled.stopReading();

        String text = "z".repeat(3_900);
        int count = 3_000; // about 12 MB to the stalled reader: more than socket buffers hold
        for (int i = 0; i < count; i++) {
            sender.send(new ClientMessage.Send(LOUNGE, "s" + i, text));
            if (i % 50 == 49) { // the readers keep up, so only the stalled one falls behind
                reader.awaitCount(ServerMessage.Message.class, i + 1);
                sender.awaitCount(ServerMessage.Message.class, i + 1);
            }
        }

        assertThat(reader.awaitCount(ServerMessage.Message.class, count)).hasSize(count);
        stalled.resumeReading();
        WsClient.Closed closed = stalled.awaitClose();
        assertThat(closed.code()).as("cut off: %s", closed).isIn(CloseCode.SLOW_CONSUMER.code(), -1, 1006);
        assertThat(stalled.all(ServerMessage.Message.class).size()).as("it did not get everything").isLessThan(count);
    }

    @Test
    void gracefulShutdownTellsEveryClientToComeBackWith1012() throws Exception {
        RunningServer server = RunningServer.start();
        WsClient ash = track(WsClient.joined(server.url, "ash", "lounge"));
        WsClient birch = track(WsClient.joined(server.url, "birch", "lounge"));

        long started = System.nanoTime();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);

        assertThat(ash.awaitClose().code()).isEqualTo(CloseCode.SERVICE_RESTART.code());
        assertThat(birch.awaitClose().code()).isEqualTo(CloseCode.SERVICE_RESTART.code());
        closing.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    /** The HTTP status with which the server refused the upgrade. */
    private static int handshakeStatus(Runnable connect) {
        try {
            connect.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof WebSocketHandshakeException refused) {
                    return refused.getResponse().statusCode();
                }
            }
            throw new AssertionError("refused, but not by an HTTP status", e);
        }
        throw new AssertionError("the upgrade was accepted");
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
