package org.hearth.server.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.auth.SignIn;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.room.ChatService;
import org.hearth.server.session.FrameEncoder;
import org.hearth.server.metrics.HearthMetrics;
import org.hearth.server.metrics.TransportMetrics;
import org.hearth.server.store.AuditLog;
import org.hearth.server.store.MessageStore;
import org.hearth.server.transport.http.AuditHandler;
import org.hearth.server.transport.http.CharterEditHandler;
import org.hearth.server.transport.http.CharterEditor;
import org.hearth.server.transport.http.Charters;
import org.hearth.server.transport.http.HttpRoutesHandler;
import org.hearth.server.transport.http.MetricsHandler;
import org.hearth.server.transport.http.ReadinessHandler;
import org.hearth.server.transport.http.RoomPulseHandler;
import org.hearth.server.transport.http.LiveHealthHandler;
import org.hearth.server.operations.OperationsFeed;
import org.hearth.server.room.RoomPulse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.hearth.server.transport.http.SignInHandler;
import org.hearth.server.transport.http.StaticFiles;
import org.hearth.server.transport.websocket.ConnectionLimiter;
import org.hearth.server.transport.websocket.EventLoopLane;
import org.hearth.server.transport.websocket.FrameBytes;
import org.hearth.server.transport.websocket.HearthChannelInitializer;
import org.hearth.server.transport.websocket.HttpRoutes;
import org.hearth.server.transport.websocket.Lanes;
import org.hearth.server.transport.websocket.OriginPolicy;
import org.hearth.server.transport.websocket.WebSocketChannels;

/**
 * The event loops and the listening socket. Created before the rooms (rooms run on its event
 * loops), started once the chat service exists, and closed gracefully: stop accepting, tell every
 * client 1012, give them a moment to close, then stop the loops.
 */
public final class NettyTransport implements AutoCloseable {
    private final HearthConfig config;
    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;
    private final Class<? extends ServerChannel> serverChannelType;
    private final Lanes lanes;
    private final FrameBytes frames;
    private final ProtocolCodec codec;
    private final ChannelGroup openChannels = new DefaultChannelGroup("websockets", GlobalEventExecutor.INSTANCE);
    private Channel serverChannel;
    private TransportMetrics metrics = TransportMetrics.NONE; // set by start

    public NettyTransport(HearthConfig config, ProtocolCodec codec) {
        this.config = config;
        this.codec = codec;
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        int threads = config.ioThreads() > 0 ? config.ioThreads() : Runtime.getRuntime().availableProcessors();
        this.acceptor = new MultiThreadIoEventLoopGroup(1, io);
        this.workers = new MultiThreadIoEventLoopGroup(threads, io);
        this.serverChannelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        this.lanes = new Lanes(workers);
        this.frames = new FrameBytes(codec, PooledByteBufAllocator.DEFAULT);
    }

    /** The event loops a room may run on; rooms are spread over them. */
    public List<Executor> roomExecutors() {
        return lanes.all().stream().map(EventLoopLane::loop).map(Executor.class::cast).toList();
    }

    /** Encodes a broadcast once for every connection. */
    public FrameEncoder frameEncoder() {
        return frames;
    }

    /**
     * Binds the listening socket; returns the address it listens on (the port, when 0 was asked).
     * {@code slowWork} runs what must not run on an event loop (password checks); {@code store} is
     * probed by the readiness check; {@code metrics} is served at {@code GET /metrics} and counts
     * connections and frames; {@code pulses} reads every room's health for the operators' live view,
     * and {@code operations} streams it to them.
     */
    public InetSocketAddress start(ChatService chat, SignIn signIn, StaffTokens tokens, AuditLog audit,
                                   Executor slowWork, Charters charters, CharterEditor charterEditor,
                                   MessageStore store, HearthMetrics metrics,
                                   Supplier<CompletableFuture<List<RoomPulse>>> pulses, OperationsFeed operations,
                                   Clock clock, BooleanSupplier clusterReachable)
            throws InterruptedException {
        this.metrics = metrics.transport();
        this.metrics.watchEventLoopBacklog(this::pendingWorkerTasks);
        // First to see a request first; the live view first of all: a streaming channel takes no other request.
        var httpRoutes = new HttpRoutes(List.of(
                new LiveHealthHandler(tokens, operations, clock),
                new SignInHandler(signIn, slowWork),
                new AuditHandler(tokens, audit, slowWork),
                new CharterEditHandler(tokens, charterEditor, slowWork),
                new MetricsHandler(metrics, config.observability().metricsAccess(), tokens),
                new ReadinessHandler(store, roomExecutors(), clusterReachable),
                new RoomPulseHandler(tokens, pulses, clock),
                new HttpRoutesHandler(StaticFiles.load("web")
                        .withWebJar("org.webjars.npm", "uplot", "dist/uPlot.iife.min.js", "dist/uPlot.min.css"), charters)));
        var initializer = new HearthChannelInitializer(chat, lanes, frames, codec, config.limits(),
                new OriginPolicy(config.allowedOrigins()), new ConnectionLimiter(config.limits().connectionsPerAddress()),
                httpRoutes, tokens, openChannels, metrics.transport());
        serverChannel = new ServerBootstrap()
                .group(acceptor, workers)
                .channel(serverChannelType)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(64 * 1024, 256 * 1024))
                .childHandler(initializer)
                .bind(config.bind(), config.port())
                .sync()
                .channel();
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /**
     * Tasks queued on the worker loops now, the rooms' included. Read on the scraper's thread: the
     * queues' sizes are safe to read from any thread (approximate while they change), and no loop
     * is asked to run anything, so a stuck loop cannot stall a scrape.
     */
    private int pendingWorkerTasks() {
        int pending = 0;
        for (EventExecutor loop : workers) {
            if (loop instanceof SingleThreadEventExecutor single) {
                pending += single.pendingTasks();
            }
        }
        return pending;
    }

    /** Runs a task every {@code period} on an event loop, until the transport closes. */
    public void every(Duration period, Runnable task) {
        workers.next().scheduleAtFixedRate(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops accepting, sends 1012 (service restart) to every WebSocket client, waits up to the
     * shutdown grace for them to close, closes the rest, and stops the event loops.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        if (serverChannel != null) {
            serverChannel.close().awaitUninterruptibly();
        }
        // Each connection closes itself: the frames it still owes its member go out before the close.
        openChannels.forEach(channel -> WebSocketChannels.close(channel, CloseCode.SERVICE_RESTART));
        openChannels.newCloseFuture().awaitUninterruptibly(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        openChannels.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        acceptor.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }
}
