package org.hearth.server.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a process of its own (java -cp ... org.hearth.server.Main), so a test can
 * kill it with SIGKILL, as a crash would, and start it again on the same data.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("open http://localhost:(\\d+)/");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ServerProcess(Process process) {
        this.process = process;
        Thread.ofVirtual().start(this::readOutput);
    }

    /** Starts the server on a free port with the given flags; returns once it listens, or once it has exited. */
    static ServerProcess start(Path data, String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.hearth.server.Main", "--server.port=0", "--store.path=" + data));
        command.addAll(List.of(flags));
        ServerProcess server = new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        try {
            CompletableFuture.anyOf(server.port, server.process.onExit()).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.close();
            throw new IllegalStateException("the server did not start within a minute: " + server.output(), e);
        }
        return server;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port.join() + "/");
    }

    boolean listening() {
        return port.isDone();
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, nothing is flushed. */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the server did not exit within " + within + ": " + output());
        }
        return process.exitValue();
    }

    synchronized String output() {
        return String.join("\n", output);
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (this) {
                    output.add(line);
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
