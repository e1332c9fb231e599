package org.hearth.server.e2e;

import java.net.URI;
import java.time.Clock;
import org.hearth.server.HearthServer;
import org.hearth.server.config.HearthConfig;

/** A real Hearth server on a free loopback port, for one test. */
final class RunningServer implements AutoCloseable {
    final HearthServer server;
    final URI url;

    private RunningServer(HearthServer server) {
        this.server = server;
        this.url = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
    }

    /** The defaults (on 127.0.0.1, port 0) with other values for the given keys. */
    static RunningServer start(String... keysAndValues) {
        String[] settings = new String[keysAndValues.length + 4];
        settings[0] = "server.bind";
        settings[1] = "127.0.0.1";
        settings[2] = "server.port";
        settings[3] = "0";
        System.arraycopy(keysAndValues, 0, settings, 4, keysAndValues.length);
        try {
            return new RunningServer(HearthServer.start(HearthConfig.defaultsWith(settings), Clock.systemUTC()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
