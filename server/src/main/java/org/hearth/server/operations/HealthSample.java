package org.hearth.server.operations;

/**
 * What the operators' charts show for one sampling period. Made on the feed's thread and not
 * changed afterwards.
 *
 * @param time when it was taken (epoch millis)
 * @param connections WebSocket connections open at that moment
 * @param deliveriesPerSecond frames written to clients per second over the period (a broadcast once per recipient)
 * @param fanOutP99Millis the fan-out latency's 99th percentile over the period; null when nothing was fanned out
 * @param storeCommitP99Millis the group-commit time's 99th percentile over the period; null when nothing was committed
 * @param slowConsumerDisconnects connections cut off during the period for reading too slowly
 * @param messagesPerMinute each room's messages in the last minute at that moment, in the feed's room
 *                          order; -1 for a room that did not answer in time
 */
record HealthSample(long time, int connections, double deliveriesPerSecond, Double fanOutP99Millis,
                    Double storeCommitP99Millis, long slowConsumerDisconnects, int[] messagesPerMinute) {
}
