package org.hearth.server.transport.websocket;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import java.util.List;

/**
 * The plain-HTTP handlers a connection passes through until it becomes a WebSocket (the operators'
 * live view, sign-in, the staff routes, metrics, readiness, the pages), in pipeline order. They are
 * added together to every new connection and removed together when its WebSocket handshake
 * completes; each handler must be sharable, as one instance serves every connection.
 *
 * @param inOrder the handlers, first to see a request first
 */
public record HttpRoutes(List<ChannelHandler> inOrder) {
    private static final String NAME_PREFIX = "http-route-";

    public HttpRoutes {
        inOrder = List.copyOf(inOrder);
    }

    void addTo(ChannelPipeline pipeline) {
        for (int i = 0; i < inOrder.size(); i++) {
            pipeline.addLast(NAME_PREFIX + i, inOrder.get(i));
        }
    }

    void removeFrom(ChannelPipeline pipeline) {
        for (int i = 0; i < inOrder.size(); i++) {
            pipeline.remove(NAME_PREFIX + i);
        }
    }
}
