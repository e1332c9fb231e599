package org.hearth.server.metrics;

/**
 * The server-wide figures the operators' live view samples every few seconds: totals since start
 * (the sampler takes the difference between two readings) and the one gauge, connections open.
 * Immutable.
 *
 * @param connectionsOpen WebSocket connections open now
 * @param framesSent frames written to clients since start, a broadcast once per recipient: deliveries
 * @param slowConsumerDisconnects connections cut off since start for reading too slowly
 * @param fanOut the fan-out latency histogram since start
 * @param storeCommit the group-commit time histogram since start
 */
public record ServerReadings(int connectionsOpen, long framesSent, long slowConsumerDisconnects,
                             LatencyCounts fanOut, LatencyCounts storeCommit) {
    /** What a server without a metrics backend reads: nothing counted. */
    public static final ServerReadings NONE = new ServerReadings(0, 0, 0, LatencyCounts.EMPTY, LatencyCounts.EMPTY);
}
