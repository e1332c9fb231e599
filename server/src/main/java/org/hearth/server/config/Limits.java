package org.hearth.server.config;

import java.time.Duration;

/**
 * Limits on what a client controls.
 *
 * @param frameBytes the largest WebSocket frame a client may send, in bytes
 * @param textLength the longest message text, in characters (code points)
 * @param jsonDepth the deepest JSON nesting in a client frame
 * @param messagesPerMinute messages one member may post to one room per minute
 * @param framesPerSecond frames of any kind one connection may send per second (bursts of twice
 *     that are allowed); beyond it frames are refused with RATE_LIMITED
 * @param joinsPerConnection rooms one session may be in at once
 * @param connectionsPerAddress open WebSocket connections from one IP address
 * @param slowConsumerBytes bytes queued for a connection that does not read before it is cut off
 * @param slowConsumerTime how long a connection may stay unable to take more bytes before it is cut off
 */
public record Limits(int frameBytes, int textLength, int jsonDepth, int messagesPerMinute, int framesPerSecond,
                     int joinsPerConnection, int connectionsPerAddress, int slowConsumerBytes,
                     Duration slowConsumerTime) {
}
