package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.testing.TcpProxy;
import org.hearth.server.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A node that loses Redis refuses its members' sends (they are told to send again) rather than
 * store messages the other nodes would not see; once Redis is back it reads what the others
 * posted meanwhile from PostgreSQL, so its members miss nothing. Its readiness says so meanwhile.
 */
@Timeout(120)
class ClusterRedisOutageEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final URI REDIS = URI.create(System.getProperty("hearth.test.redis.url",
            System.getenv().getOrDefault("HEARTH_TEST_REDIS_URL", "redis://127.0.0.1:6379")));

    @Test
    void aNodeWithoutRedisRefusesSendsThenCatchesUpOnWhatOthersPostedMeanwhile() throws Exception {
        String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        try (TestPostgres postgres = TestPostgres.freshSchema();
             TcpProxy redisForA = new TcpProxy(REDIS.getHost(), REDIS.getPort());
             RunningServer a = node(postgres, "redis://127.0.0.1:" + redisForA.port(), prefix);
             RunningServer b = node(postgres, REDIS.toString(), prefix);
             WsClient ash = WsClient.joined(a.url, "ash", "lounge");
             WsClient birch = WsClient.joined(b.url, "birch", "lounge")) {
            ash.send(new ClientMessage.Send(LOUNGE, "a-1", "Before."));
            assertThat(birch.await(ServerMessage.Message.class).seq()).isEqualTo(1);

            redisForA.down();
            assertThat(readinessOnceItIs(a, 503).body()).contains("\"cluster\":\"unreachable\"");
            ash.send(new ClientMessage.Send(LOUNGE, "a-2", "From A: a-2"));
            ServerMessage.Ack refused = ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("a-2"));
            assertThat(refused.status()).isEqualTo(AckStatus.REJECTED);
            assertThat(refused.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE.code());
            assertThat(refused.reason()).contains("send it again");
            assertThat(readiness(b).statusCode()).isEqualTo(200);
            birch.send(new ClientMessage.Send(LOUNGE, "b-1", "While A is cut off."));
            assertThat(birch.await(ServerMessage.Ack.class).seq()).isEqualTo(2);

            redisForA.up();
            readinessOnceItIs(a, 200);

            assertThat(ash.awaitCount(ServerMessage.Message.class, 2)).extracting(ServerMessage.Message::text)
                    .containsExactly("Before.", "While A is cut off.");
            assertThat(sendUntil(ash, "a-2", AckStatus.SENT).seq()).isEqualTo(3);
            assertThat(birch.awaitCount(ServerMessage.Message.class, 3)).extracting(ServerMessage.Message::seq)
                    .containsExactly(1L, 2L, 3L);
            assertThat(ash.awaitCount(ServerMessage.Message.class, 3)).extracting(ServerMessage.Message::seq)
                    .containsExactly(1L, 2L, 3L);
        }
    }

    private static HttpResponse<String> readiness(RunningServer node) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.url.resolve("/readyz"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks until the answer has this status: at most 40 times, 250 ms apart (the node notices a cut or a reconnection by itself). */
    private static HttpResponse<String> readinessOnceItIs(RunningServer node, int status) throws Exception {
        for (int attempt = 1; attempt <= 40; attempt++) {
            HttpResponse<String> answer = readiness(node);
            if (answer.statusCode() == status) {
                return answer;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("/readyz did not answer " + status + " within 40 attempts");
    }

    private static RunningServer node(TestPostgres postgres, String redisUrl, String prefix) {
        return RunningServer.start("store.backend", "postgresql", "store.url", postgres.urlSetting(),
                "cluster.redis-url", redisUrl, "cluster.channel-prefix", prefix);
    }

    /** Sends (the same message each time) until the answer has this status: at most 40 times, 250 ms apart. */
    private static ServerMessage.Ack sendUntil(WsClient author, String clientMsgId, AckStatus wanted)
            throws InterruptedException {
        for (int attempt = 1; attempt <= 40; attempt++) {
            int before = author.all(ServerMessage.Ack.class).size();
            author.send(new ClientMessage.Send(LOUNGE, clientMsgId, "From A: " + clientMsgId));
            ServerMessage.Ack ack = author.awaitCount(ServerMessage.Ack.class, before + 1).get(before);
            if (ack.status() == wanted) {
                return ack;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + wanted + " answer within 40 attempts");
    }
}
