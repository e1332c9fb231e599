package org.hearth.server.transport.websocket;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import org.hearth.server.session.DeliveryLane;

/**
 * One event loop as a delivery lane, with its flush batching: connections written to are marked
 * dirty, and a single task queued behind the current work flushes them all. Under load, many
 * frames to a connection then share one system call.
 *
 * <p>The dirty list is touched only on this loop's thread.
 */
public final class EventLoopLane implements DeliveryLane {
    private final EventLoop loop;
    private List<WebSocketConnection> dirty = new ArrayList<>();
    private List<WebSocketConnection> flushing = new ArrayList<>();
    private final Runnable flushAll = this::flushAll;
    private boolean flushQueued;

    public EventLoopLane(EventLoop loop) {
        this.loop = loop;
    }

    public EventLoop loop() {
        return loop;
    }

    @Override
    public boolean inLane() {
        return loop.inEventLoop();
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(task);
    }

    /** Remembers that the connection has unflushed writes. Lane thread only. */
    void markDirty(WebSocketConnection connection) {
        if (connection.dirty) {
            return;
        }
        connection.dirty = true;
        dirty.add(connection);
        if (!flushQueued) {
            flushQueued = true;
            loop.execute(flushAll);
        }
    }

    private void flushAll() {
        flushQueued = false;
        // Swap first: a flush may mark connections dirty again, and those belong to the next pass.
        List<WebSocketConnection> batch = dirty;
        dirty = flushing;
        flushing = batch;
        for (int i = 0; i < batch.size(); i++) {
            WebSocketConnection connection = batch.get(i);
            connection.dirty = false;
            connection.flush();
        }
        batch.clear();
    }
}
