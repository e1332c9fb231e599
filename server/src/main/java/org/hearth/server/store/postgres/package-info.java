/**
 * The store on a PostgreSQL server, for several nodes: a HikariCP pool, Flyway migrations in
 * {@code db/migration/postgresql}, and the shared SQL store of {@code store.jdbc}. May use the
 * store, store.jdbc and metrics interfaces, the config records, the protocol module, JDBC,
 * HikariCP and Flyway.
 */
package org.hearth.server.store.postgres;
