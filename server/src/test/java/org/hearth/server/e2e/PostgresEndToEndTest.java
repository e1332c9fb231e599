package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.testing.TcpProxy;
import org.hearth.server.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A node with store.backend=postgresql: what members send is kept there, and a lost server is survived. */
@Timeout(120)
class PostgresEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aMessageSentToANodeOnPostgresqlIsInTheHistoryAfterARestart() {
        try (TestPostgres postgres = TestPostgres.freshSchema()) {
            String[] settings = {"store.backend", "postgresql", "store.url", postgres.urlSetting()};
            RunningServer first = RunningServer.start(settings);
            Path data;
            try (WsClient author = WsClient.joined(first.url, "ash", "lounge")) {
                author.send(new ClientMessage.Send(LOUNGE, "c-1", "Kept on PostgreSQL."));
                assertThat(author.await(ServerMessage.Ack.class).status()).isEqualTo(AckStatus.SENT);
            } finally {
                data = first.stopKeepingData();
            }

            try (RunningServer second = RunningServer.start(data, settings);
                 WsClient reader = WsClient.greeted(second.url, "birch")) {
                reader.send(new ClientMessage.Join(LOUNGE, 0L));
                List<ServerMessage.Message> history = reader.await(ServerMessage.Joined.class).history();

                assertThat(history).extracting(ServerMessage.Message::text).containsExactly("Kept on PostgreSQL.");
                assertThat(history.getFirst().seq()).isEqualTo(1);
                assertThat(Files.exists(data.resolve("hearth.db"))).as("no SQLite file beside it").isFalse();
            }
        }
    }

    @Test
    void whilePostgresqlIsAwayAuthorsAreToldToSendAgainAndTheNodeIsNotReadyUntilItIsBack() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchema();
             TcpProxy proxy = new TcpProxy(postgres.host(), postgres.port());
             RunningServer server = RunningServer.start("store.backend", "postgresql",
                     "store.url", postgres.urlSettingThrough(proxy.port()), "limits.messages-per-minute", "1000");
             WsClient author = WsClient.joined(server.url, "ash", "lounge")) {
            author.send(new ClientMessage.Send(LOUNGE, "c-1", "Before."));
            assertThat(author.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("c-1")).status())
                    .isEqualTo(AckStatus.SENT);

            proxy.down();

            author.send(new ClientMessage.Send(LOUNGE, "c-2", "While it is away."));
            ServerMessage.Ack refused = author.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("c-2"));
            assertThat(refused.status()).isEqualTo(AckStatus.REJECTED);
            assertThat(refused.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE.code());
            assertThat(refused.reason()).contains("send it again");
            assertThat(readiness(server).statusCode()).isEqualTo(503);

            proxy.up();

            assertThat(sendUntilStored(author, "c-2", "While it is away.")).isEqualTo(2);
            assertThat(readiness(server).statusCode()).isEqualTo(200);
        }
    }

    /** Sends as a member would who is told to send again: a few times, a little apart. */
    private static long sendUntilStored(WsClient author, String clientMsgId, String text) throws InterruptedException {
        for (int attempt = 1; attempt <= 20; attempt++) {
            int before = author.all(ServerMessage.Ack.class).size();
            author.send(new ClientMessage.Send(LOUNGE, clientMsgId, text));
            author.awaitCount(ServerMessage.Ack.class, before + 1);
            ServerMessage.Ack ack = author.all(ServerMessage.Ack.class).get(before);
            if (ack.status() == AckStatus.SENT) {
                return ack.seq();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the message was not stored within 20 attempts after PostgreSQL came back");
    }

    private static HttpResponse<String> readiness(RunningServer server) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.url.resolve("/readyz")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
