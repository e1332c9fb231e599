package org.hearth.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.hearth.server.config.DatabaseUrl;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.postgres.PostgresStore;

/** The PostgreSQL store in a fresh schema for one measurement, dropped afterwards, so runs never meet. */
final class BenchSchema {
    private BenchSchema() {
    }

    static StoreThroughput.Opened fresh(DatabaseUrl server) throws SQLException {
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        run(server, "CREATE SCHEMA " + schema);
        StoreConfig config = new StoreConfig(StoreConfig.Backend.POSTGRESQL, Path.of("unused"), false, 2000,
                server.with("currentSchema", schema), 4);
        return new StoreThroughput.Opened(PostgresStore.open(config, StoreMetrics.NONE),
                () -> run(server, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void run(DatabaseUrl server, String sql) throws SQLException {
        Properties login = new Properties();
        if (server.user() != null) {
            login.setProperty("user", server.user());
        }
        if (server.password() != null) {
            login.setProperty("password", server.password());
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), login);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
