package org.hearth.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.server.HearthServer;
import org.hearth.server.config.HearthConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator against a real server over a real socket. The server is started in-process only
 * to have one to talk to; the generator itself knows it only by its URL.
 */
class GeneratorEndToEndTest {
    private static HearthServer server;
    private static String url;

    @BeforeAll
    static void startServer() throws InterruptedException {
        server = HearthServer.start(HearthConfig.defaultsWith(
                "server.port", "0",
                "store.backend", "memory",
                "rooms", "lounge,r1,r2",
                "limits.messages-per-minute", "10000",
                "limits.frames-per-second", "1000"), Clock.systemUTC());
        url = "ws://127.0.0.1:" + server.address().getPort() + "/ws";
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, String> settings(String scenario, Path out, String... more) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("scenario", scenario);
        s.put("url", url);
        s.put("out", out.toString());
        s.put("server-pid", String.valueOf(ProcessHandle.current().pid()));
        s.put("warmup", "0");
        s.put("drain-max", "2s");
        for (int i = 0; i < more.length; i += 2) {
            s.put(more[i], more[i + 1]);
        }
        return s;
    }

    @Test
    void aBigRoomRunDeliversEverythingInOrderAndWritesItsReports(@TempDir Path out) throws Exception {
        Results.Run run = Main.run(settings("big-room", out, "members", "60", "senders", "4", "rates", "100",
                "duration", "2s"));

        assertThat(run.audit().lost()).isZero();
        assertThat(run.audit().outOfOrder()).isZero();
        assertThat(run.audit().duplicates()).isZero();
        assertThat(run.audit().membersChecked()).isEqualTo(60);
        assertThat(run.steps()).hasSize(1);
        Results.Step step = run.steps().get(0);
        assertThat(step.deliveries()).isGreaterThan(60 * 150);
        assertThat(step.latency().count()).isEqualTo(step.deliveries());
        assertThat(step.serverCpuMicrosPerDelivery()).isGreaterThan(0);
        assertThat(run.problems()).isEmpty();
        assertThat(Files.readString(out.resolve("big-room.json"))).contains("\"lost\" : 0");
        assertThat(Files.readString(out.resolve("big-room.html"))).contains("<svg");
    }

    @Test
    void membersThatDropAndResumeGetExactlyTheMessagesTheyMissed(@TempDir Path out) throws Exception {
        Results.Run run = Main.run(settings("resume-storm", out, "rooms", "2", "members-per-room", "20",
                "senders-per-room", "2", "rate", "100", "duration", "1s", "away", "1s"));

        assertThat(run.findings()).containsEntry("dropped", 36).containsEntry("resumedSessions", 36)
                .containsEntry("gotExactlyTheMissedMessages", 36).containsEntry("resets", 0);
        assertThat((Long) run.findings().get("messagesRecoveredFromHistory")).isGreaterThan(0);
        assertThat(run.audit().lost()).isZero();
        assertThat(run.audit().duplicates()).isZero();
        assertThat(run.problems()).isEmpty();
    }
}
