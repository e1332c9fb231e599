package org.hearth.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real server-sent-events client for end-to-end tests: opens {@code GET /operations/live} (on a
 * connection of its own), reads the events as the server pushes them, and waits for them with a
 * bound. {@code close} drops the connection, as a closed browser tab does.
 */
final class EventStream implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: its kind and its data, parsed. */
    record Event(String kind, JsonNode data) {
    }

    final int status;
    final String contentType;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final java.util.Iterator<String> lineByLine;
    private final Thread reader;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.lines = response.body();
        this.lineByLine = lines.iterator(); // taken here, so a close before the reader starts ends it cleanly
        this.reader = Thread.ofPlatform().daemon(true).name("event-stream-reader").start(this::read);
    }

    /** Opens the stream with a staff bearer token (null: none). */
    static EventStream open(URI server, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/operations/live"))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();
            return new EventStream(client.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        String kind = "message";
        StringBuilder data = new StringBuilder();
        try {
            while (lineByLine.hasNext()) {
                String line = lineByLine.next();
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(kind, JSON.readTree(data.toString())));
                    }
                    kind = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    kind = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring("data: ".length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the stream ended or was closed: the events read so far stay
        }
    }

    /** The next event, waiting up to {@link #WAIT}. */
    Event next() throws InterruptedException {
        Event event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + WAIT);
        }
        return event;
    }

    /** The first event from now on that matches, waiting up to {@link #WAIT} in all; those before it are passed over. */
    Event await(String kind, Predicate<JsonNode> matches) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no " + kind + " event as expected within " + WAIT);
            }
            if (event.kind().equals(kind) && matches.test(event.data())) {
                return event;
            }
        }
    }

    /** Whether the server has ended the stream, waiting up to {@link #WAIT}. */
    boolean ended() throws InterruptedException {
        reader.join(WAIT.toMillis());
        return !reader.isAlive();
    }

    @Override
    public void close() {
        lines.close();
    }
}
