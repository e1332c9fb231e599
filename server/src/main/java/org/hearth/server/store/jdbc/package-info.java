/**
 * The SQL store every database backend shares: the group-commit writer (numbering in the commit
 * when several nodes share the database), the reads, accounts,
 * mutes, charter edits and the audit log, over a {@link org.hearth.server.store.jdbc.Database}
 * that a backend package supplies with its connections and the few statements that differ. May
 * use the store and metrics interfaces, the protocol module and JDBC.
 */
package org.hearth.server.store.jdbc;
