package org.hearth.server.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.hearth.server.config.HearthConfig;
import org.junit.jupiter.api.Test;

/** The session handler alone, in an embedded channel. */
class SessionHandlerTest {
    private final SessionHandler handler = new SessionHandler(null, null, null, HearthConfig.defaultsWith().limits(), new HttpRoutes(java.util.List.of()),
            new DefaultChannelGroup(GlobalEventExecutor.INSTANCE), org.hearth.server.metrics.TransportMetrics.NONE);

    @Test
    void anIdlePlainHttpConnectionIsClosedRatherThanPinged() {
        EmbeddedChannel channel = new EmbeddedChannel(handler);

        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);

        assertThat(channel.isOpen()).isFalse();
        assertThat((Object) channel.readOutbound()).as("nothing written to an HTTP peer").isNull();
    }

    @Test
    void beforeTheHandshakeEverythingPassesOnToTheHttpHandlers() {
        EmbeddedChannel channel = new EmbeddedChannel(handler);

        channel.writeInbound("a plain HTTP message");

        assertThat((Object) channel.readInbound()).isEqualTo("a plain HTTP message");
        assertThat(channel.finish()).isFalse();
    }
}
