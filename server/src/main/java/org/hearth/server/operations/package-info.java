/**
 * The operators' live view, pushed: every few seconds {@link org.hearth.server.operations.OperationsFeed}
 * samples each room's pulse and the server's figures, keeps the last hour of samples, and hands
 * each snapshot, encoded once, to whoever watches. May use the rooms' pulses, the metrics'
 * readings, the JDK and Jackson; no Netty (the transport streams the snapshots to browsers).
 */
package org.hearth.server.operations;
