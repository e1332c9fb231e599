/**
 * The embedded default store: SQLite in WAL mode in a data folder, migrated by Flyway at start-up,
 * written by the shared group-commit writer over one connection and read over a second. May use
 * the store, store.jdbc and metrics interfaces, the protocol module and JDBC.
 */
package org.hearth.server.store.sqlite;
