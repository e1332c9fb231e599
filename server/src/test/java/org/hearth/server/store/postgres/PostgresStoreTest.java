package org.hearth.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hearth.protocol.Handle;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.DatabaseUrl;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.DurableStoreContractTest;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.Stores;
import org.hearth.server.testing.TcpProxy;
import org.hearth.server.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The PostgreSQL store against a real server ({@code bin/test-services}), each test in a schema
 * of its own; and what it does when the server goes away and comes back, through a proxy the
 * test takes down. A lost answer would hang a test rather than fail it, hence the time limit.
 */
@Timeout(120)
class PostgresStoreTest extends DurableStoreContractTest {
    private TestPostgres postgres;

    @BeforeEach
    void freshSchema() {
        postgres = TestPostgres.freshSchema();
    }

    @AfterEach
    void dropSchema() {
        if (postgres != null) { // null when the server could not be reached: that failure says what to do
            postgres.close();
        }
    }

    private static StoreConfig config(DatabaseUrl url) {
        return new StoreConfig(StoreConfig.Backend.POSTGRESQL, Path.of("unused"), false, 500, url, 4);
    }

    @Override
    protected Stores open(StoreMetrics metrics) {
        return PostgresStore.open(config(postgres.url()), metrics);
    }

    /** The append of {@code message} once the store takes writes again, within a few seconds. */
    private static void appendOnceBack(Stores stores, StoredMessage message) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                stores.messages().append(message).join();
                return;
            } catch (CompletionException stillAway) {
                assertThat(stillAway).hasCauseInstanceOf(StoreException.class);
                if (attempt == 20) {
                    throw stillAway;
                }
                Thread.sleep(250);
            }
        }
    }

    @Test
    void whileTheServerIsAwayWritesFailAndTheStoreIsNotReadyThenBothRecoverWithoutARestart() throws Exception {
        try (TcpProxy proxy = new TcpProxy(postgres.host(), postgres.port());
             Stores stores = PostgresStore.open(config(postgres.urlThrough(proxy.port())), StoreMetrics.NONE)) {
            stores.rooms().register(LOUNGE, "The lounge", "Talk kindly.", Duration.ofDays(30));
            appendAll(stores, LOUNGE, 1, 3, T0);

            proxy.down();

            CompletableFuture<Void> lost = stores.messages().append(message(LOUNGE, 4, T0));
            assertThat(lost).failsWithin(Duration.ofSeconds(15)).withThrowableThat().havingCause()
                    .isInstanceOf(StoreException.class).withMessageContaining("could not store 1 messages");
            assertThat(stores.messages().checkWritable()).failsWithin(Duration.ofSeconds(15));
            assertThatThrownBy(() -> stores.messages().readAfter(LOUNGE, 0, 10)).isInstanceOf(StoreException.class);

            proxy.up();

            appendOnceBack(stores, message(LOUNGE, 4, T0));
            assertThat(stores.messages().checkWritable()).succeedsWithin(Duration.ofSeconds(5));
            appendAll(stores, LOUNGE, 5, 6, T0);
            assertThat(stores.messages().readAfter(LOUNGE, 0, 10)).extracting(m -> m.message().seq())
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
    }

    @Test
    void aWriteWhoseAnswerWasLostIsTakenBackSoTheRoomNumbersOnFromIt() throws Exception {
        try (TcpProxy proxy = new TcpProxy(postgres.host(), postgres.port());
             Stores stores = PostgresStore.open(config(postgres.urlThrough(proxy.port())), StoreMetrics.NONE)) {
            stores.rooms().register(LOUNGE, "The lounge", "Talk kindly.", Duration.ofDays(30));
            appendAll(stores, LOUNGE, 1, 3, T0);
            proxy.down();
            assertThat(stores.messages().append(message(LOUNGE, 4, T0))).failsWithin(Duration.ofSeconds(15));
            // As if that write had reached the server and committed, and only its answer was lost:
            try (Connection behindTheStore = postgres.connect();
                 PreparedStatement landed = behindTheStore.prepareStatement("INSERT INTO messages (room, seq, id, author,"
                         + " member_id, client_msg_id, text, time_ms) VALUES ('lounge', 4, 'lost', 'ash', 'member-1', 'c4',"
                         + " 'landed unseen', 0)")) {
                landed.executeUpdate();
                behindTheStore.createStatement().executeUpdate("UPDATE rooms SET last_seq = 4 WHERE id = 'lounge'");
            }
            proxy.up();

            appendOnceBack(stores, message(LOUNGE, 4, T0));

            assertThat(stores.messages().readAfter(LOUNGE, 3, 10)).containsExactly(message(LOUNGE, 4, T0));
            assertThat(stores.messages().load(LOUNGE, 10).lastSeq()).isEqualTo(4);
        }
    }

    @Test
    void aRefusedWriteDoesNotQuoteTheMessageTextInItsError() {
        try (Stores stores = stores()) {
            postgres.run("ALTER TABLE messages ADD CONSTRAINT refuses_this CHECK (text <> 'my private words')");
            StoredMessage refused = new StoredMessage(new ServerMessage.Message(LOUNGE, 1, "id1", new Handle("ash"),
                    "my private words", 0, false), "member-1", "c1");

            Throwable failure = catchThrowable(() -> stores.messages().append(refused).join());

            assertThat(failure).hasCauseInstanceOf(StoreException.class);
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).as("what is logged of it").doesNotContain("private words");
            }
        }
    }

    @Test
    void anUnreachableServerIsAClearErrorAtStartUpThatNamesItButNotThePassword() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        DatabaseUrl nowhere = DatabaseUrl.parse("store.url", "postgresql://hearth:s3cret-pw@127.0.0.1:" + closedPort + "/hearth");

        assertThatThrownBy(() -> PostgresStore.open(config(nowhere), StoreMetrics.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort).hasMessageContaining("store.url")
                .message().doesNotContain("s3cret-pw");
    }
}
