package org.hearth.server.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.Stores;
import org.hearth.server.store.jdbc.JdbcStore;

/**
 * Hearth's embedded store: one SQLite file ({@code hearth.db}) in the data folder, in WAL mode.
 * With {@code synchronous=NORMAL} (the default) a committed message survives the process being
 * killed; with {@code FULL} it also survives a power cut, at the price of a sync per commit.
 * The stores themselves are the shared {@link JdbcStore} over a {@link SqliteDatabase}.
 */
public final class SqliteStore {
    private SqliteStore() {
    }

    /**
     * Opens (creating on first run) the database in the configured folder and brings its schema up
     * to date. Fails with a {@link StoreException} that says what is wrong with the folder or file.
     */
    public static Stores open(StoreConfig config) {
        return open(config, StoreMetrics.NONE);
    }

    /** The same, recording each group commit's time and size in {@code metrics}. */
    public static Stores open(StoreConfig config, StoreMetrics metrics) {
        Path folder = config.path().toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("the data folder " + folder + " could not be created (" + e.getMessage()
                    + "); set store.path to a folder Hearth may write to");
        }
        try { // a real write: permission bits say nothing for root, an immutable or read-only mount does
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new StoreException("the data folder " + folder + " is read-only (" + e.getMessage()
                    + "); set store.path to a folder Hearth may write to");
        }
        Path file = folder.resolve("hearth.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("the database " + file + " is read-only; Hearth needs to write to it");
        }
        String url = "jdbc:sqlite:" + file;
        checkReadable(url, file);
        try {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite")
                    .load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("the database " + file + " could not be opened or brought up to date: "
                    + rootMessage(e) + ". If the file is damaged, move it aside and start again", e);
        }
        try {
            return JdbcStore.open(new SqliteDatabase(url, config.powerLossDurable()), config.maxBatch(), metrics);
        } catch (SQLException e) {
            throw new StoreException("the database " + file + " could not be opened: " + e.getMessage(), e);
        }
    }

    /** A damaged file fails here, at start-up and at once, rather than mid-chat or in the migrator's retries. */
    private static void checkReadable(String url, Path file) {
        try (Connection probe = DriverManager.getConnection(url); Statement check = probe.createStatement();
             ResultSet result = check.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new StoreException("the database " + file + " is damaged (" + verdict
                        + "). Move it aside and start again, or restore it from a backup");
            }
        } catch (SQLException e) {
            throw new StoreException("the database " + file + " could not be read: " + e.getMessage()
                    + ". If the file is damaged, move it aside and start again", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
