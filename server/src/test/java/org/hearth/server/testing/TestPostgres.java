package org.hearth.server.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.hearth.server.config.DatabaseUrl;

/**
 * A schema of its own on the tests' PostgreSQL server, made for one test and dropped after it,
 * so runs never see each other's tables. The server is {@code bin/test-services}'s, unless the
 * system property {@value #PROPERTY} or the environment variable {@value #VARIABLE} names
 * another; when it cannot be reached the test fails and says what to run.
 */
public final class TestPostgres implements AutoCloseable {
    public static final String PROPERTY = "hearth.test.postgresql.url";
    public static final String VARIABLE = "HEARTH_TEST_POSTGRESQL_URL";
    private static final String DEFAULT = "postgresql://hearth:hearth-test@127.0.0.1:5432/hearth";

    private final DatabaseUrl server;
    private final String schema;

    private TestPostgres(DatabaseUrl server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    /** Makes a fresh, empty schema; fails the test if the server cannot be reached. */
    public static TestPostgres freshSchema() {
        DatabaseUrl server = DatabaseUrl.parse(PROPERTY, configured());
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        TestPostgres made = new TestPostgres(server, schema);
        made.run("CREATE SCHEMA " + schema);
        return made;
    }

    private static String configured() {
        String url = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return url == null || url.isBlank() ? DEFAULT : url;
    }

    /** The URL a store uses: this schema only, and an application name that finds its connections. */
    public DatabaseUrl url() {
        return server.with("currentSchema", schema).with("ApplicationName", applicationName());
    }

    /** {@link #url()} as a {@code store.url} setting: a JDBC URL that carries the user and password. */
    public String urlSetting() {
        return asSetting(url());
    }

    /** {@link #urlThrough} as a {@code store.url} setting. */
    public String urlSettingThrough(int loopbackPort) {
        return asSetting(urlThrough(loopbackPort));
    }

    private static String asSetting(DatabaseUrl url) {
        String setting = url.jdbcUrl();
        if (url.user() != null) {
            setting += "&user=" + URLEncoder.encode(url.user(), StandardCharsets.UTF_8);
        }
        if (url.password() != null) {
            setting += "&password=" + URLEncoder.encode(url.password(), StandardCharsets.UTF_8);
        }
        return setting;
    }

    /** The same URL through another port on the loopback interface (a {@link TcpProxy} in front of the server). */
    public DatabaseUrl urlThrough(int loopbackPort) {
        URI server = URI.create(url().jdbcUrl().substring("jdbc:".length()));
        return new DatabaseUrl("jdbc:postgresql://127.0.0.1:" + loopbackPort + server.getRawPath() + "?" + server.getRawQuery(),
                this.server.user(), this.server.password());
    }

    /** The server's host, for a proxy in front of it. */
    public String host() {
        return URI.create(server.jdbcUrl().substring("jdbc:".length())).getHost();
    }

    /** The server's port, for a proxy in front of it. */
    public int port() {
        return URI.create(server.jdbcUrl().substring("jdbc:".length())).getPort();
    }

    /** The name the store's connections carry (pg_stat_activity.application_name). */
    public String applicationName() {
        return "hearth-" + schema;
    }

    /** The schema's name, for a test that writes to it behind the store's back. */
    public String schema() {
        return schema;
    }

    /** A connection of the test's own to this schema (not through the store). */
    public Connection connect() throws SQLException {
        Properties login = new Properties();
        if (server.user() != null) {
            login.setProperty("user", server.user());
        }
        if (server.password() != null) {
            login.setProperty("password", server.password());
        }
        login.setProperty("connectTimeout", "3");
        try {
            return DriverManager.getConnection(server.with("currentSchema", schema).jdbcUrl(), login);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL for the tests is not reachable at " + server + " (" + e.getMessage()
                    + "). Run bin/test-services to install and start it, or set " + VARIABLE
                    + " (or -D" + PROPERTY + ") to a server the tests may use", e);
        }
    }

    /** Runs one statement on the test's own connection. */
    public void run(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() {
        run("DROP SCHEMA " + schema + " CASCADE");
    }
}
