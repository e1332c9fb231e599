package org.hearth.server.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hearth.server.config.DatabaseUrl;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.Stores;
import org.hearth.server.store.jdbc.JdbcStore;

/**
 * Hearth's store on a PostgreSQL server, for running several nodes on one database: the shared
 * {@link JdbcStore} over a {@link PostgresDatabase}, with the schema brought up to date by Flyway
 * at start-up (the PostgreSQL forms of the SQLite migrations, same numbers, same meaning).
 */
public final class PostgresStore {
    /**
     * How long a write or read waits for a connection before it fails, so that while the server
     * is away authors hear "not sent, try again" soon rather than after the pool's usual 30 s.
     */
    static final Duration CONNECTION_WAIT = Duration.ofSeconds(2);
    /** A server that stops answering mid-statement fails the statement after this, rather than never. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    /** Durable before ack: a server with synchronous_commit off would acknowledge commits it could still lose. */
    private static final String DURABLE_COMMITS = "SELECT CASE WHEN current_setting('synchronous_commit') = 'off'"
            + " THEN set_config('synchronous_commit', 'on', false) END";

    private PostgresStore() {
    }

    /**
     * Connects to the configured server, brings the schema up to date and opens the stores. Fails
     * at once with a {@link StoreException} that names the server (never the password) and says
     * what went wrong.
     */
    public static Stores open(StoreConfig config, StoreMetrics metrics) {
        return open(config, metrics, false);
    }

    /**
     * As {@link #open(StoreConfig, StoreMetrics)}; with {@code numberInCommit} (several nodes on
     * this database) each message's sequence number is decided in the commit that stores it.
     */
    public static Stores open(StoreConfig config, StoreMetrics metrics, boolean numberInCommit) {
        DatabaseUrl url = config.url();
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(url, config.poolSize()));
        } catch (RuntimeException e) {
            throw new StoreException("could not connect to PostgreSQL at " + url + ": " + rootMessage(e)
                    + ". Check store.url and that the server is running and lets this user in", e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration/postgresql").load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("the PostgreSQL database at " + url + " could not be brought up to date: "
                    + rootMessage(e), e);
        }
        return JdbcStore.open(new PostgresDatabase(pool), config.maxBatch(), metrics, numberInCommit);
    }

    private static HikariConfig poolConfig(DatabaseUrl url, int poolSize) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("hearth-postgresql");
        hikari.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) {
            hikari.setUsername(url.user());
        }
        if (url.password() != null) {
            hikari.setPassword(url.password());
        }
        hikari.setMaximumPoolSize(poolSize);
        hikari.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        hikari.setConnectionInitSql(DURABLE_COMMITS);
        // Defaults for the driver; parameters in store.url win over them.
        hikari.addDataSourceProperty("ApplicationName", "hearth");
        hikari.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_WAIT.toSeconds()));
        hikari.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toSeconds()));
        hikari.addDataSourceProperty("tcpKeepAlive", "true");
        // A server error's detail can quote the row ("Failing row contains ..."): message text, never to be logged.
        hikari.addDataSourceProperty("logServerErrorDetail", "false");
        return hikari;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
