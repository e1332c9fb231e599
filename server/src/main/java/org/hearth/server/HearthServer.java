package org.hearth.server;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.hearth.protocol.RoomSummary;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.config.RoomConfig;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.filter.RateLimitFilter;
import org.hearth.server.room.ChatService;
import org.hearth.server.room.MessageIds;
import org.hearth.server.room.Room;
import org.hearth.server.room.RoomRegistry;
import org.hearth.server.room.RoomSettings;
import org.hearth.server.session.SessionRegistry;
import org.hearth.server.transport.NettyTransport;

/**
 * A running Hearth server: builds codec, transport (event loops), rooms with their filter chains,
 * the chat service, and binds. Closing it shuts down gracefully.
 */
public final class HearthServer implements AutoCloseable {
    private final HearthConfig config;
    private final NettyTransport transport;
    private final InetSocketAddress address;

    private HearthServer(HearthConfig config, NettyTransport transport, InetSocketAddress address) {
        this.config = config;
        this.transport = transport;
        this.address = address;
    }

    /** Starts a server with the default filters. */
    public static HearthServer start(HearthConfig config, Clock clock) throws InterruptedException {
        return start(config, clock, room -> defaultFilters(config, clock));
    }

    /** Starts a server whose rooms use the filter chains {@code filters} builds, one per room. */
    public static HearthServer start(HearthConfig config, Clock clock, Function<RoomConfig, FilterChain> filters)
            throws InterruptedException {
        ProtocolCodec codec = new ProtocolCodec(new CodecLimits(config.limits().frameBytes(),
                config.limits().textLength(), config.limits().jsonDepth()));
        NettyTransport transport = new NettyTransport(config, codec);
        try {
            RoomSettings settings = new RoomSettings(config.historyWindow(), config.historyOnJoin(),
                    config.resumeGrace(), config.limits().joinsPerConnection());
            MessageIds ids = new MessageIds(clock.millis());
            List<Executor> executors = transport.roomExecutors();
            List<Room> rooms = new ArrayList<>();
            for (RoomConfig room : config.rooms()) {
                // Rooms are spread over the event loops; each stays on its loop for life.
                Executor executor = executors.get(rooms.size() % executors.size());
                rooms.add(new Room(room.id(), new RoomSummary(room.title(), room.purpose()), executor,
                        transport.frameEncoder(), clock, filters.apply(room), settings, ids));
            }
            ChatService chat = new ChatService(new RoomRegistry(rooms), new SessionRegistry(clock, config.resumeGrace()));
            InetSocketAddress address = transport.start(chat);
            transport.every(Duration.ofSeconds(1), chat::sweep);
            return new HearthServer(config, transport, address);
        } catch (RuntimeException | InterruptedException e) {
            transport.close();
            throw e;
        }
    }

    /** The filters every room gets today: the per-member rate limit. */
    static FilterChain defaultFilters(HearthConfig config, Clock clock) {
        return new FilterChain(List.of(new RateLimitFilter(clock, config.limits().messagesPerMinute())));
    }

    public InetSocketAddress address() {
        return address;
    }

    /** The address to open in a browser. */
    public URI url() {
        boolean local = address.getAddress().isAnyLocalAddress() || address.getAddress().isLoopbackAddress();
        String host = local ? "localhost" : address.getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + "/");
    }

    public HearthConfig config() {
        return config;
    }

    /** Graceful shutdown: stop accepting, send 1012 to every client, stop within the grace period. */
    @Override
    public void close() {
        transport.close();
    }
}
