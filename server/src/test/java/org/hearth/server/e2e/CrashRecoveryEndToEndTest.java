package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server killed with SIGKILL mid-stream loses nothing it acknowledged. */
class CrashRecoveryEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final String[] GENEROUS = {"--limits.messages-per-minute=1000000", "--limits.frames-per-second=1000000",
        "--history.window=20000", "--history.on-join=20000"};

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedMessageSurvivesAKillNineInOrderAndNoNumberIsUsedTwice() throws Exception {
        int senders = 4;
        int perSender = 1_000;
        Map<String, Long> acked = new HashMap<>(); // text -> the sequence number its author was told
        try (ServerProcess server = ServerProcess.start(data, GENEROUS)) {
            List<WsClient> clients = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                clients.add(WsClient.joined(server.url(), "sender" + i, "lounge"));
            }
            ExecutorService sending = Executors.newFixedThreadPool(senders);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                WsClient client = clients.get(i);
                String prefix = "s" + i + "-";
                running.add(sending.submit(() -> {
                    for (int m = 0; m < perSender; m++) {
                        client.send(new ClientMessage.Send(LOUNGE, prefix + m, prefix + m));
                    }
                    return null;
                }));
            }
            // Mid-stream: once a good part is acknowledged, the process dies without warning.
            clients.getFirst().awaitCount(ServerMessage.Ack.class, perSender / 4);
            server.crash();
            sending.shutdownNow();
            sending.awaitTermination(10, TimeUnit.SECONDS);
            for (WsClient client : clients) {
                for (ServerMessage.Ack ack : client.all(ServerMessage.Ack.class)) {
                    assertThat(ack.status()).isEqualTo(ServerMessage.AckStatus.SENT);
                    acked.put(ack.clientMsgId(), ack.seq());
                }
                client.drop();
            }
        }
        assumeThat(acked.size()).as("the kill came before every message was sent").isLessThan(senders * perSender);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(perSender / 4);

        try (ServerProcess restarted = ServerProcess.start(data, GENEROUS);
             WsClient reader = WsClient.greeted(restarted.url(), "reader")) {
            reader.send(new ClientMessage.Join(LOUNGE, 0L));
            List<ServerMessage.Message> history = reader.await(ServerMessage.Joined.class).history();
            reader.send(new ClientMessage.Send(LOUNGE, "after", "after the restart"));
            long next = reader.await(ServerMessage.Ack.class).seq();

            Map<String, Long> stored = new HashMap<>();
            Set<String> seenTwice = new HashSet<>();
            for (int i = 0; i < history.size(); i++) {
                ServerMessage.Message message = history.get(i);
                assertThat(message.seq()).as("gap-free from 1").isEqualTo(i + 1L);
                if (stored.put(message.text(), message.seq()) != null) {
                    seenTwice.add(message.text());
                }
            }
            assertThat(seenTwice).as("no message appears twice").isEmpty();
            assertThat(stored).as("every acknowledged message, with the number its author was told")
                    .containsAllEntriesOf(acked);
            assertThat(next).as("numbers go on after the last stored one").isEqualTo(history.size() + 1L);
        }
    }

    @Test
    void aReadOnlyDataFolderStopsStartUpWithAClearMessage() throws Exception {
        Path readOnly = Files.createDirectory(data.resolve("read-only"));
        boolean immutable = makeReadOnly(readOnly);
        try (ServerProcess server = ServerProcess.start(readOnly)) {
            int exit = server.awaitExit(Duration.ofSeconds(30));

            assertThat(exit).isNotZero();
            assertThat(server.listening()).isFalse();
            assertThat(server.output()).contains("hearth: the data folder").contains("is read-only")
                    .contains("set store.path");
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", readOnly.toString()).start().waitFor();
            }
        }
    }

    /** Takes write permission away; for root, who ignores permissions, marks the folder immutable. */
    private static boolean makeReadOnly(Path folder) throws IOException, InterruptedException {
        folder.toFile().setWritable(false, false);
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
        } catch (IOException expected) {
            return false; // permissions are enough for this user
        }
        int chattr = new ProcessBuilder("chattr", "+i", folder.toString()).inheritIO().start().waitFor();
        assumeThat(chattr).as("this machine can make a folder read-only for root (chattr +i)").isZero();
        return true;
    }
}
