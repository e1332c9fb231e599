/**
 * The embedded default store: SQLite in WAL mode in a data folder, migrated by Flyway at start-up,
 * written by one group-commit thread. May use the store and metrics interfaces, the protocol module and JDBC.
 */
package org.hearth.server.store.sqlite;
