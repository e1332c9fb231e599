package org.hearth.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** store.url and the other PostgreSQL settings: read once at start-up, errors that say what would be right. */
class DatabaseUrlTest {

    @Test
    void aPostgresqlUrlGivesTheJdbcUrlWithUserAndPasswordApart() {
        DatabaseUrl url = DatabaseUrl.parse("store.url", "postgresql://hearth:p%40ss%3Aw+rd@db.internal:6543/chat?sslmode=require");

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://db.internal:6543/chat?sslmode=require", "hearth",
                "p@ss:w+rd"));
    }

    @Test
    void thePortDefaultsTo5432AndPostgresIsTheSameScheme() {
        assertThat(DatabaseUrl.parse("store.url", "postgres://hearth@127.0.0.1/hearth"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://127.0.0.1:5432/hearth", "hearth", null));
    }

    @Test
    void aJdbcUrlIsTakenAsItIs() {
        String jdbc = "jdbc:postgresql://127.0.0.1:5432/hearth?user=hearth&password=secret";

        assertThat(DatabaseUrl.parse("store.url", jdbc)).isEqualTo(new DatabaseUrl(jdbc, null, null));
    }

    @Test
    void thePasswordIsNeverShown() {
        assertThat(DatabaseUrl.parse("store.url", "postgresql://hearth:secret@127.0.0.1/hearth"))
                .hasToString("jdbc:postgresql://127.0.0.1:5432/hearth as hearth");
        assertThat(DatabaseUrl.parse("store.url", "jdbc:postgresql://127.0.0.1/hearth?user=hearth&password=secret"))
                .hasToString("jdbc:postgresql://127.0.0.1/hearth?user=hearth&password=***");
    }

    @Test
    void anotherKindOfUrlIsRefusedWithAnExampleAndWithoutEchoingIt() {
        assertThatThrownBy(() -> DatabaseUrl.parse("store.url", "mysql://root:secret@127.0.0.1/hearth"))
                .hasMessageContaining("store.url: the scheme is 'mysql'").hasMessageContaining("postgresql://hearth:PASSWORD@")
                .message().doesNotContain("secret");
        assertThatThrownBy(() -> DatabaseUrl.parse("store.url", "postgresql://127.0.0.1"))
                .hasMessageContaining("needs a host and a database");
    }

    @Test
    void thePostgresqlBackendNeedsAUrlAndAtLeastTwoConnections() {
        assertThatThrownBy(() -> ConfigLoader.fromSettings(Map.of("store.backend", "postgresql")))
                .hasMessageContaining("store.url: empty").hasMessageContaining("store.backend=postgresql");
        assertThatThrownBy(() -> ConfigLoader.fromSettings(Map.of("store.backend", "postgresql",
                "store.url", "postgresql://hearth@127.0.0.1/hearth", "store.pool-size", "1")))
                .hasMessageContaining("store.pool-size: 1 (expected: 2 to 1000)");
        assertThatThrownBy(() -> ConfigLoader.fromSettings(Map.of("store.backend", "oracle")))
                .hasMessageContaining("expected: sqlite, postgresql or memory");

        StoreConfig store = ConfigLoader.fromSettings(Map.of("store.backend", "postgresql",
                "store.url", "postgresql://hearth@127.0.0.1/hearth", "store.pool-size", "8")).store();

        assertThat(store.backend()).isEqualTo(StoreConfig.Backend.POSTGRESQL);
        assertThat(store.url().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/hearth");
        assertThat(store.poolSize()).isEqualTo(8);
    }
}
