package org.hearth.server.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.time.Clock;
import org.hearth.server.HearthServer;
import java.util.function.Function;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.config.RoomConfig;
import org.hearth.server.moderation.FilterChain;

/** A real Hearth server on a free loopback port, for one test. */
final class RunningServer implements AutoCloseable {
    final HearthServer server;
    final URI url;

    private final Path data;

    private RunningServer(HearthServer server, Path data) {
        this.server = server;
        this.data = data;
        this.url = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
    }

    /** The defaults (on 127.0.0.1, port 0, a fresh data folder) with other values for the given keys. */
    static RunningServer start(String... keysAndValues) {
        try {
            return start(Files.createTempDirectory("hearth-data"), keysAndValues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same on a given data folder (deleted when the server closes). */
    static RunningServer start(Path data, String... keysAndValues) {
        return start(data, null, keysAndValues);
    }

    /** The same with the rooms' filter chains built by {@code filters} (null: the default chain). */
    static RunningServer start(Path data, Function<RoomConfig, FilterChain> filters, String... keysAndValues) {
        try {
            List<String> settings = new ArrayList<>(List.of("server.bind", "127.0.0.1", "server.port", "0",
                    "store.path", data.toString()));
            settings.addAll(List.of(keysAndValues));
            HearthConfig config = HearthConfig.defaultsWith(settings.toArray(String[]::new));
            return new RunningServer(filters == null ? HearthServer.start(config, Clock.systemUTC())
                    : HearthServer.start(config, Clock.systemUTC(), filters), data);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    /** Stops the server and leaves its data folder, for a restart on the same data. */
    Path stopKeepingData() {
        server.close();
        return data;
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
