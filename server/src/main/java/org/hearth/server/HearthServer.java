package org.hearth.server;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.RoomId;
import java.util.function.Function;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.auth.Accounts;
import org.hearth.server.auth.PasswordHasher;
import org.hearth.server.auth.SignIn;
import org.hearth.server.auth.SignInLimiter;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.transport.http.Charters;
import org.hearth.server.config.RoomConfig;
import org.hearth.server.metrics.HearthMetrics;
import org.hearth.server.metrics.micrometer.MicrometerMetrics;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.operations.OperationsFeed;
import org.hearth.server.room.ChatService;
import org.hearth.server.room.DutyBoard;
import org.hearth.server.room.MessageIds;
import org.hearth.server.room.Room;
import org.hearth.server.room.RoomRegistry;
import org.hearth.server.room.RoomServices;
import org.hearth.server.room.RoomBus;
import org.hearth.server.cluster.RedisRoomBus;
import org.hearth.server.room.RoomSettings;
import org.hearth.server.session.SessionRegistry;
import org.hearth.server.store.RetentionJob;
import org.hearth.server.store.Stores;
import org.hearth.server.transport.NettyTransport;

/**
 * A running Hearth server: opens the store, builds codec, transport (event loops), rooms with
 * their filter chains and restored history, the chat service, and binds. Closing it shuts down
 * gracefully.
 */
public final class HearthServer implements AutoCloseable {
    /** How far behind a returning member may be and still be sent every message it missed. */
    static final int CATCH_UP_LIMIT = 10_000;
    static final Duration RETENTION_PERIOD = Duration.ofMinutes(10);
    /** How often the operators' live view is sampled and pushed. */
    static final Duration OPERATIONS_PERIOD = Duration.ofSeconds(5);
    /** How many operators' live views may be open at once. */
    static final int OPERATIONS_WATCHERS = 16;

    private final HearthConfig config;
    private final NettyTransport transport;
    private final Stores stores;
    private final RoomBus bus;
    private final List<ExecutorService> workers;
    private final InetSocketAddress address;
    private final HearthMetrics metrics;
    private final OperationsFeed operations;

    private HearthServer(HearthConfig config, NettyTransport transport, RoomBus bus, Stores stores, List<ExecutorService> workers,
                         InetSocketAddress address, HearthMetrics metrics, OperationsFeed operations) {
        this.metrics = metrics;
        this.operations = operations;
        this.config = config;
        this.transport = transport;
        this.stores = stores;
        this.bus = bus;
        this.workers = workers;
        this.address = address;
    }

    /** Starts a server with the default filters. */
    public static HearthServer start(HearthConfig config, Clock clock) throws InterruptedException {
        SafetyClassifiers safety = SafetyClassifiers.standard(); // built once: every room shares them
        return start(config, clock, room -> RoomFilters.build(config, room, clock, safety));
    }

    /** Starts a server whose rooms use the filter chains {@code filters} builds, one per room. */
    public static HearthServer start(HearthConfig fileConfig, Clock clock, Function<RoomConfig, FilterChain> filters)
            throws InterruptedException {
        HearthMetrics metrics = new MicrometerMetrics(clock);
        Stores stores;
        try {
            stores = StoreBackends.open(fileConfig.store(), metrics.store(), fileConfig.cluster().enabled());
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        HearthConfig config;
        try {
            config = LiveCharters.withStoredEdits(fileConfig, stores.charters());
        } catch (RuntimeException e) {
            stores.close();
            metrics.close();
            throw e;
        }
        ExecutorService storeReads = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("hearth-store-reader")
                .daemon(true).factory());
        // Password checks: slow on purpose, so off the event loops, one at a time, with a bounded queue.
        ExecutorService slowWork = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                Thread.ofPlatform().name("hearth-sign-in").daemon(true).factory());
        NettyTransport transport = null;
        RoomBus bus = RoomBus.IN_PROCESS;
        OperationsFeed operations = new OperationsFeed(metrics::readings, clock, OPERATIONS_PERIOD, OPERATIONS_WATCHERS);
        try {
            ProtocolCodec codec = new ProtocolCodec(new CodecLimits(config.limits().frameBytes(),
                    config.limits().textLength(), config.limits().jsonDepth()));
            transport = new NettyTransport(config, codec);
            DutyBoard duty = new DutyBoard();
            if (config.cluster().enabled()) {
                bus = RedisRoomBus.connect(config.cluster(), stores.messages(), storeReads);
            }
            RoomServices services = new RoomServices(transport.frameEncoder(), clock, messageIds(config, clock),
                    stores.messages(), storeReads, stores.audit(), stores.mutes(), duty, new RoomSettings(config.historyWindow(), config.historyOnJoin(),
                    config.resumeGrace(), config.limits().joinsPerConnection(), CATCH_UP_LIMIT), metrics, operations, bus);
            List<Executor> executors = transport.roomExecutors();
            List<Room> rooms = new ArrayList<>();
            Map<RoomId, Duration> retention = new LinkedHashMap<>();
            for (RoomConfig room : config.rooms()) {
                stores.rooms().register(room.id(), room.title(), room.purpose(), room.retention());
                // Rooms are spread over the event loops; each stays on its loop for life.
                Executor executor = executors.get(rooms.size() % executors.size());
                rooms.add(new Room(room.id(), LiveCharters.summaryOf(room), room.retention(), room.charter().policies().slowMode(), executor,
                        filters.apply(room), services, stores.messages().load(room.id(), config.historyWindow())));
                retention.put(room.id(), room.retention());
            }
            RoomRegistry registry = new RoomRegistry(rooms);
            List<RoomId> roomIds = rooms.stream().map(Room::id).toList();
            operations.start(roomIds.stream().map(RoomId::value).toList(), registry::pulses);
            metrics.watchRoomsWithoutModerator(() -> (int) roomIds.stream().filter(room -> !duty.onDuty(room)).count());
            ChatService chat = new ChatService(registry, new SessionRegistry(clock, config.resumeGrace()));
            Accounts accounts = new Accounts(stores.accounts(), new PasswordHasher());
            accounts.ensureAnOperator().ifPresent(password -> System.out.println(firstOperatorNotice(password)));
            StaffTokens tokens = new StaffTokens(clock, Accounts.SIGN_IN_LIFETIME);
            SignIn signIn = new SignIn(accounts, tokens, new SignInLimiter(clock));
            Charters charters = new Charters(config.rooms(), duty);
            InetSocketAddress address = transport.start(chat, signIn, tokens, stores.audit(), slowWork, charters,
                    new LiveCharters(config, stores.charters(), registry, charters, filters), stores.messages(), metrics, registry::pulses, operations, clock,
                    config.cluster().enabled() ? bus::reachable : null);
            transport.every(Duration.ofSeconds(1), chat::sweep);
            RetentionJob retentionJob = new RetentionJob(stores.messages(), retention, clock);
            retentionJob.run();
            transport.every(RETENTION_PERIOD, retentionJob);
            return new HearthServer(config, transport, bus, stores, List.of(storeReads, slowWork), address, metrics, operations);
        } catch (RuntimeException | InterruptedException e) {
            if (transport != null) {
                transport.close();
            }
            operations.close();
            bus.close();
            storeReads.shutdownNow();
            slowWork.shutdownNow();
            stores.close();
            metrics.close();
            throw e;
        }
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

    /**
     * Graceful shutdown: stop accepting, send 1012 to every client, stop the event loops, then let
     * the store write everything it was given before it closes.
     */
    @Override
    public void close() {
        operations.close(); // first, so nothing is pushed to connections while they close
        transport.close();
        bus.close();
        workers.forEach(ExecutorService::shutdownNow);
        stores.close();
        metrics.close();
    }

    /** Message ids; in a cluster each carries a random mark of this node, so two nodes never give the same id. */
    private static MessageIds messageIds(HearthConfig config, Clock clock) {
        if (!config.cluster().enabled()) {
            return new MessageIds(clock.millis());
        }
        String node = Long.toString(new java.security.SecureRandom().nextLong() >>> 1, 36);
        return new MessageIds(clock.millis(), node.substring(0, Math.min(8, node.length())));
    }

    /** Printed once, to the console only, when the first operator account is made. */
    static String firstOperatorNotice(String password) {
        return "\nFirst start: made the operator account '" + Accounts.FIRST_OPERATOR + "' with this one-time password:\n\n    "
                + password + "\n\nIt is shown only now. Sign in at POST /auth/sign-in; to set a new one, run:\n"
                + "    java -jar hearth-server.jar accounts reset " + Accounts.FIRST_OPERATOR + "\n";
    }
}
