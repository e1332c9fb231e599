package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Hearth nodes, each a process of its own, on one PostgreSQL schema and one Redis
 * ({@code bin/test-services}): members of one room on both nodes, writing at once on both, all
 * see the same complete order, and the history kept is that order.
 */
@Timeout(180)
class ClusterEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final String REDIS = System.getProperty("hearth.test.redis.url",
            System.getenv().getOrDefault("HEARTH_TEST_REDIS_URL", "redis://127.0.0.1:6379"));
    private static final int PER_AUTHOR = 25;

    @Test
    void membersOnTwoNodesWritingAtOnceAllSeeOneGapFreeOrderAndHistoryKeepsIt() throws Exception {
        String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8) + ":"; // this run's channels only
        try (TestPostgres postgres = TestPostgres.freshSchema()) {
            String[] settings = {"--store.backend=postgresql", "--store.url=" + postgres.urlSetting(),
                "--cluster.redis-url=" + REDIS, "--cluster.channel-prefix=" + prefix,
                "--limits.messages-per-minute=10000", "--limits.frames-per-second=1000"};
            try (ServerProcess first = ServerProcess.start(Files.createTempDirectory("hearth-node-a"), settings);
                 ServerProcess second = ServerProcess.start(Files.createTempDirectory("hearth-node-b"), settings)) {
                assertThat(first.listening()).as("node A: %s", first.output()).isTrue();
                assertThat(second.listening()).as("node B: %s", second.output()).isTrue();
                List<WsClient> members = List.of(WsClient.joined(first.url(), "ash", "lounge"),
                        WsClient.joined(first.url(), "birch", "lounge"), WsClient.joined(second.url(), "cedar", "lounge"),
                        WsClient.joined(second.url(), "dara", "lounge"));
                try {
                    writeAtOnce(members);
                    int total = members.size() * PER_AUTHOR;
                    List<Long> gapFree = LongStream.rangeClosed(1, total).boxed().toList();

                    List<String> order = null;
                    for (WsClient member : members) {
                        List<ServerMessage.Message> seen = member.awaitCount(ServerMessage.Message.class, total);
                        assertThat(seen).extracting(ServerMessage.Message::seq).isEqualTo(gapFree);
                        List<String> ids = seen.stream().map(ServerMessage.Message::id).toList();
                        if (order == null) {
                            order = ids;
                        }
                        assertThat(ids).as("the same order on every node").isEqualTo(order);
                        assertThat(member.all(ServerMessage.Ack.class)).hasSize(PER_AUTHOR)
                                .allSatisfy(ack -> assertThat(ack.status()).isEqualTo(AckStatus.SENT));
                    }
                    assertThat(storedOrder(postgres)).as("history keeps the order everyone saw").isEqualTo(order);
                } finally {
                    for (WsClient member : members) {
                        member.close();
                    }
                }
            }
        }
    }

    /** Every member sends its messages at the same time as the others, each from a thread of its own. */
    private static void writeAtOnce(List<WsClient> members) throws Exception {
        ExecutorService authors = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<?>> sending = new ArrayList<>();
            for (int m = 0; m < members.size(); m++) {
                WsClient member = members.get(m);
                int author = m;
                sending.add(authors.submit(() -> {
                    for (int i = 1; i <= PER_AUTHOR; i++) {
                        member.send(new ClientMessage.Send(LOUNGE, "c-" + author + "-" + i,
                                "Message " + i + " from member " + author));
                    }
                }));
            }
            for (Future<?> done : sending) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            authors.shutdownNow();
        }
    }

    private static List<String> storedOrder(TestPostgres postgres) throws Exception {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM messages WHERE room = 'lounge' ORDER BY seq")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }
}
