package org.hearth.server.transport.websocket;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** One {@link EventLoopLane} per event loop of the worker group; built once, read-only after. */
public final class Lanes {
    private final Map<EventLoop, EventLoopLane> byLoop = new IdentityHashMap<>();
    private final List<EventLoopLane> all = new ArrayList<>();

    public Lanes(EventLoopGroup workers) {
        for (EventExecutor executor : workers) {
            EventLoopLane lane = new EventLoopLane((EventLoop) executor);
            byLoop.put((EventLoop) executor, lane);
            all.add(lane);
        }
    }

    public EventLoopLane of(EventLoop loop) {
        EventLoopLane lane = byLoop.get(loop);
        if (lane == null) {
            throw new IllegalStateException("a channel on an event loop outside the worker group");
        }
        return lane;
    }

    public List<EventLoopLane> all() {
        return List.copyOf(all);
    }
}
