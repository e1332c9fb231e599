package org.hearth.server.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.ClusterConfig;
import org.hearth.server.room.RoomBus;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room bus of a cluster: after its commit a node publishes each message on the room's Redis
 * channel, and every node (this one included) hands the room's messages to its members through an
 * {@link OrderedDelivery}, so all members everywhere see one order. Redis carries speed; a gap
 * (a publish overtaken by another, or lost) is filled from the store, which carries correctness.
 *
 * <p>Threading: Redis answers on Lettuce's threads; everything about a room then hops to the
 * room's thread.
 */
public final class RedisRoomBus implements RoomBus {
    /** How long a gap may stay open before it is read from the store (docs/CLUSTER.md). */
    public static final Duration GAP_BOUND = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(RedisRoomBus.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClusterConfig config;
    private final MessageStore store;
    private final Executor storeReads;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("hearth-gap-timer").daemon(true).factory());
    private final Map<String, Consumer<String>> rooms = new ConcurrentHashMap<>();
    /** Each room's read of what was published while the subscription was down. */
    private final List<Runnable> catchUps = new CopyOnWriteArrayList<>();

    private RedisRoomBus(ClusterConfig config, MessageStore store, Executor storeReads, RedisClient client,
                         StatefulRedisConnection<String, String> publisher,
                         StatefulRedisPubSubConnection<String, String> subscriber) {
        this.config = config;
        this.store = store;
        this.storeReads = storeReads;
        this.client = client;
        this.publisher = publisher;
        this.subscriber = subscriber;
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                Consumer<String> room = rooms.get(channel);
                if (room != null) {
                    room.accept(message);
                }
            }
        });
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                if (connection == subscriber) {
                    // Back after an outage; Lettuce subscribes again by itself. A bound later (so the
                    // subscription is in place), every room reads what it missed meanwhile.
                    log.info("connected to Redis again; each room reads what it missed from the store");
                    timer.schedule(() -> catchUps.forEach(Runnable::run), GAP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (connection == subscriber) {
                    log.warn("lost the connection to Redis: members' sends are refused until it is back");
                }
            }
        });
    }

    /**
     * Connects to the cluster's Redis; fails at once, naming the server (never a password), when it
     * cannot be reached.
     *
     * @param storeReads where the blocking reads that fill gaps run (never a room's thread)
     */
    public static RedisRoomBus connect(ClusterConfig config, MessageStore store, Executor storeReads) {
        RedisURI uri = RedisURI.create(config.redisUrl());
        uri.setTimeout(Duration.ofSeconds(5));
        RedisClient client = RedisClient.create(uri);
        try {
            StatefulRedisConnection<String, String> publisher = client.connect();
            return new RedisRoomBus(config, store, storeReads, client, publisher, client.connectPubSub());
        } catch (RedisException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw new IllegalStateException("could not connect to Redis at " + config.redisUrl().getHost() + ":"
                    + config.redisUrl().getPort() + " (cluster.redis-url): " + e.getMessage()
                    + ". Check that the server is running and lets this node in", e);
        }
    }

    @Override
    public Channel attach(RoomId room, long head, Executor roomThread, Consumer<ServerMessage.Message> deliver) {
        OrderedDelivery delivery = new OrderedDelivery(head, GAP_BOUND,
                (afterSeq, limit, then) -> readAfter(room, afterSeq, limit, roomThread, then),
                (delay, task) -> timer.schedule(() -> roomThread.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS),
                deliver);
        String channel = config.roomChannel(room.value());
        rooms.put(channel, text -> {
            ServerMessage.Message message = decode(text);
            if (message != null && message.room().equals(room)) {
                roomThread.execute(() -> delivery.offer(message));
            }
        });
        subscriber.sync().subscribe(channel);
        catchUps.add(() -> roomThread.execute(delivery::catchUp));
        return new Channel() {
            @Override
            public void publish(ServerMessage.Message stored) {
                delivery.offer(stored); // here at once; the copy that comes back from Redis is dropped
                publisher.async().publish(channel, encode(stored)).exceptionally(failure -> {
                    log.debug("publishing a message of {} failed; other nodes read it from the store when"
                            + " the room's next message shows the gap, or when they are connected again", room, failure);
                    return null;
                });
            }

            @Override
            public boolean live() {
                return reachable();
            }
        };
    }

    @Override
    public boolean reachable() {
        return publisher.isOpen() && subscriber.isOpen();
    }

    private void readAfter(RoomId room, long afterSeq, int limit, Executor roomThread,
                           Consumer<List<ServerMessage.Message>> then) {
        storeReads.execute(() -> {
            List<ServerMessage.Message> found;
            try {
                found = store.readAfter(room, afterSeq, limit).stream().map(StoredMessage::message).toList();
            } catch (StoreException e) {
                log.debug("filling a gap in {} from the store failed; trying again", room, e);
                found = List.of();
            }
            List<ServerMessage.Message> result = found;
            roomThread.execute(() -> then.accept(result));
        });
    }

    private static String encode(ServerMessage.Message m) {
        try {
            return JSON.writeValueAsString(new Wire(m.room().value(), m.seq(), m.id(), m.author().value(), m.text(),
                    m.time(), m.redacted()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message could not be written as JSON", e);
        }
    }

    /** The message, or null (logged without its content) when another node sent something unreadable. */
    private static ServerMessage.Message decode(String text) {
        try {
            Wire w = JSON.readValue(text, Wire.class);
            return new ServerMessage.Message(new RoomId(w.room()), w.seq(), w.id(), new Handle(w.author()), w.text(),
                    w.time(), w.redacted());
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("dropped an unreadable message from the cluster's Redis channel ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        subscriber.close();
        publisher.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    /** A message as it travels between nodes. */
    private record Wire(String room, long seq, String id, String author, String text, long time, boolean redacted) {
    }
}
