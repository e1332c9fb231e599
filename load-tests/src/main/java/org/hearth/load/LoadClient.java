package org.hearth.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.EventExecutor;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.Protocol;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.ProtocolCodec;

/**
 * The generator's connections: a few event loops, one {@link LoopStats} each, and the members
 * spread over them. Connects only to loopback addresses, from several 127.0.0.x source addresses
 * when one address's connection limit would be exceeded.
 */
public final class LoadClient implements AutoCloseable {
    private final URI url;
    private final InetSocketAddress remote;
    private final EventLoopGroup group;
    private final List<LoopStats> loops = new ArrayList<>();
    private final Map<EventLoop, Bootstrap> bootstraps = new IdentityHashMap<>();
    private final ProtocolCodec codec = new ProtocolCodec(new CodecLimits(64 * 1024, 4_000, 4));
    private final long baseNanos = System.nanoTime();
    private final int textSize;
    private final int perSource;
    private final List<InetAddress> sources = new ArrayList<>();
    private final List<VirtualMember> members = new ArrayList<>();
    private final String upgradeHost;
    private final String upgradePath;

    /**
     * @param url the server's WebSocket URL; must name a loopback address
     * @param threads event loops
     * @param textSize characters per generated message text
     * @param perSource connections per source address (keep it under the server's per-address limit)
     */
    public LoadClient(URI url, int threads, int textSize, int perSource) {
        this.url = url;
        this.textSize = textSize;
        this.perSource = perSource;
        InetAddress host;
        try {
            host = InetAddress.getByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("url: unknown host " + url.getHost());
        }
        if (!host.isLoopbackAddress()) {
            throw new IllegalArgumentException("url: " + url + " is not a loopback address; the generator only "
                    + "targets this machine (127.0.0.0/8 or ::1)");
        }
        int port = url.getPort() > 0 ? url.getPort() : 80;
        this.remote = new InetSocketAddress(host, port);
        if (host instanceof Inet4Address) {
            for (int i = 1; i <= 250; i++) {
                try {
                    sources.add(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) i}));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            sources.add(host);
        }
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        this.group = new MultiThreadIoEventLoopGroup(threads, io);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? Protocol.WEBSOCKET_PATH : url.getRawPath();
        for (EventExecutor executor : group) {
            EventLoop loop = (EventLoop) executor;
            loops.add(new LoopStats(loop));
            Bootstrap bootstrap = new Bootstrap()
                    .group(loop)
                    .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            // replaced per connection: see connect()
                        }
                    });
            bootstraps.put(loop, bootstrap);
        }
        this.upgradeHost = remote.getHostString();
        this.upgradePath = path;
    }

    /** Creates a member on the next event loop (round robin by index). */
    public VirtualMember newMember(int index, String handle, RoomId room, int roomIndex) {
        LoopStats stats = loops.get(Math.floorMod(index, loops.size()));
        VirtualMember member = new VirtualMember(index, handle, room, roomIndex, this, stats);
        synchronized (members) {
            members.add(member);
        }
        stats.loop.execute(() -> stats.members.add(member));
        return member;
    }

    /** Forgets a member that is done (churn), so audits skip it. Any thread. */
    public void forget(VirtualMember member) {
        member.loop.execute(() -> member.stats.members.remove(member));
        synchronized (members) {
            members.remove(member);
        }
    }

    /** Opens the member's TCP connection from its source address. The member's loop only. */
    ChannelFuture connect(VirtualMember member) {
        Bootstrap bootstrap = bootstraps.get(member.loop).clone();
        byte[] request = WsFrames.upgradeRequest(upgradeHost, remote.getPort(), upgradePath, Protocol.SUBPROTOCOL);
        bootstrap.handler(new MemberHandler(member, request));
        InetAddress source = sources.get((member.index / perSource) % sources.size());
        return bootstrap.connect(remote, new InetSocketAddress(source, 0));
    }

    /** How many source addresses {@code connections} need. */
    public int sourcesFor(int connections) {
        return Math.min(sources.size(), (connections + perSource - 1) / perSource);
    }

    public List<LoopStats> loops() {
        return loops;
    }

    public List<VirtualMember> members() {
        synchronized (members) {
            return new ArrayList<>(members);
        }
    }

    public ProtocolCodec codec() {
        return codec;
    }

    /** The run's time base: message stamps are nanoseconds since this {@link System#nanoTime()}. */
    public long baseNanos() {
        return baseNanos;
    }

    public int textSize() {
        return textSize;
    }

    public URI url() {
        return url;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
