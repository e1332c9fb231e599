package org.hearth.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a server that a test can take down and bring back, as a
 * database restart or a network fault would: while down, every connection through it is cut and
 * new ones are closed as soon as they arrive.
 */
public final class TcpProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tcp-proxy-accept").start(this::acceptLoop);
    }

    /** A proxy in front of a Hearth server on this machine, for pages and clients to go through. */
    public static TcpProxy inFrontOf(URI server) throws IOException {
        return new TcpProxy("127.0.0.1", server.getPort());
    }

    /** The server's address through the proxy: what a page or client opens instead. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Drops every connection through the proxy now, as a train tunnel would; new ones pass at once. */
    public void cut() {
        down();
        up();
    }

    /** The loopback port to connect to instead of the server's. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Cuts every connection and refuses new ones until {@link #up()}. */
    public void down() {
        down = true;
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Lets connections through again. */
    public void up() {
        down = false;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // the listener closed
            }
            if (down) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                closeQuietly(client); // the server itself is not there: the client sees the cut
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away: the other follows below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        down();
    }
}
