package org.hearth.server.transport.websocket;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.server.session.DeliveryLane;

/**
 * One event loop as a delivery lane, with its flush batching: connections written to are marked
 * dirty, and a single flush pass later flushes them all, so many frames to a connection share one
 * system call.
 *
 * <p>When does the pass run? When the lane is quiet, right behind the current work: a message
 * goes out within microseconds. Under load, a flush pass itself is the costly part (one system
 * call per connection, and on loopback the receiver's work too), so the next pass waits at least
 * as long as the last one took, capped at {@link #MAX_FLUSH_DELAY_NANOS}. The lane then spends at
 * most about half its time flushing, each pass carries more frames per connection, and the cost
 * per delivery falls as load rises, for a bounded added latency.
 *
 * <p>The dirty list and the timing are touched only on this loop's thread.
 */
public final class EventLoopLane implements DeliveryLane {
    private final EventLoop loop;
    private List<WebSocketConnection> dirty = new ArrayList<>();
    private List<WebSocketConnection> flushing = new ArrayList<>();
    /** The longest a written frame waits for its flush. */
    static final long MAX_FLUSH_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(8);

    private static final long MIN_SCHEDULED_NANOS = TimeUnit.MICROSECONDS.toNanos(20);

    private final Runnable flushAll = this::flushAll;
    private boolean flushQueued;
    private long lastPassEnded;
    private long lastPassNanos;

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
            long wait = Math.min(2 * lastPassNanos, MAX_FLUSH_DELAY_NANOS) - (System.nanoTime() - lastPassEnded);
            if (wait < MIN_SCHEDULED_NANOS) { // not worth a timer: right behind the current work
                loop.execute(flushAll);
            } else {
                loop.schedule(flushAll, wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void flushAll() {
        long started = System.nanoTime();
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
        lastPassEnded = System.nanoTime();
        lastPassNanos = lastPassEnded - started;
    }
}
