package org.hearth.server.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.Handle;
import org.hearth.protocol.Protocol;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.DecodeException;
import org.hearth.protocol.json.ProtocolCodec;

/**
 * A real WebSocket client (the JDK's) for end-to-end tests: records every frame the server sends,
 * decoded, and the close, and waits for them with a bound. Can stop reading, to play a stalled
 * reader.
 */
final class WsClient implements WebSocket.Listener, AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final ProtocolCodec CODEC = new ProtocolCodec(new CodecLimits(16 * 1024 * 1024, 1_000_000, 16));

    /** The close the server sent. */
    record Closed(int code, String reason) {
    }

    private final List<ServerMessage> frames = new ArrayList<>();
    private final java.util.BitSet taken = new java.util.BitSet();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private volatile boolean reading = true;
    private WebSocket socket;

    static WsClient connect(URI server) {
        return connect(server, null);
    }

    static WsClient connect(URI server, String origin) {
        return connect(server, origin, null);
    }

    /** Connects with an Origin header and a staff bearer token (either may be null). */
    static WsClient connect(URI server, String origin, String bearerToken) {
        WsClient client = new WsClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols(Protocol.SUBPROTOCOL)
                .connectTimeout(WAIT);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        URI endpoint = URI.create("ws://" + server.getAuthority() + Protocol.WEBSOCKET_PATH);
        client.socket = builder.buildAsync(endpoint, client)
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
                .join();
        return client;
    }

    /** Connects and says hello; returns once welcomed. */
    static WsClient greeted(URI server, String handle) {
        WsClient client = connect(server);
        client.send(new ClientMessage.Hello(new Handle(handle), null));
        client.await(ServerMessage.Welcome.class);
        return client;
    }

    /** Connects, says hello, joins the room; returns once joined. */
    static WsClient joined(URI server, String handle, String room) {
        WsClient client = greeted(server, handle);
        client.send(new ClientMessage.Join(new RoomId(room), null));
        client.await(ServerMessage.Joined.class);
        return client;
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    void send(ClientMessage message) {
        sendRaw(CODEC.encodeToString(message));
    }

    void sendRaw(String text) {
        socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Stops taking frames from the socket, so the server's writes back up. */
    void stopReading() {
        reading = false;
    }

    /** Starts taking frames again. */
    void resumeReading() {
        reading = true;
        socket.request(1);
    }

    /** Waits for the first frame of this type not yet taken, and takes it. */
    <T extends ServerMessage> T await(Class<T> type) {
        return await(type, frame -> true);
    }

    /** Waits for the first frame of this type, not yet taken, that matches; and takes it. */
    <T extends ServerMessage> T await(Class<T> type, Predicate<? super T> matching) {
        return waitFor(() -> {
            for (int i = taken.nextClearBit(0); i < frames.size(); i = taken.nextClearBit(i + 1)) {
                ServerMessage frame = frames.get(i);
                if (type.isInstance(frame) && matching.test(type.cast(frame))) {
                    taken.set(i);
                    return type.cast(frame);
                }
            }
            return null;
        }, () -> "no " + type.getSimpleName() + " within " + WAIT + "; got " + frames);
    }

    /** Waits until {@code count} frames of this type have arrived in all; returns them all. */
    <T extends ServerMessage> List<T> awaitCount(Class<T> type, int count) {
        return waitFor(() -> {
            List<T> all = all(type);
            return all.size() >= count ? all : null;
        }, () -> "only " + all(type).size() + " of " + count + " " + type.getSimpleName() + " frames within " + WAIT);
    }

    /** Re-checks {@code found} (under this client's lock) as frames arrive, until it gives a result or time runs out. */
    private synchronized <R> R waitFor(java.util.function.Supplier<R> found, java.util.function.Supplier<String> failure) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (R result = found.get(); ; result = found.get()) {
            if (result != null) {
                return result;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(failure.get());
            }
            try {
                wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    synchronized <T extends ServerMessage> List<T> all(Class<T> type) {
        return frames.stream().filter(type::isInstance).map(type::cast).toList();
    }

    Closed awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Drops the connection without a close handshake, as a lost network would. */
    void drop() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    // ---- WebSocket.Listener ----

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String json = partial.toString();
            partial.setLength(0);
            try {
                ServerMessage frame = CODEC.decodeServer(json);
                synchronized (this) {
                    frames.add(frame);
                    notifyAll();
                }
            } catch (DecodeException e) {
                closed.completeExceptionally(new AssertionError("the server sent a frame the codec refuses: " + e.getMessage()));
            }
        }
        if (reading) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Closed(-1, String.valueOf(error)));
    }
}
