package org.hearth.server.session;

import java.util.concurrent.Executor;

/**
 * The thread that owns a group of connections (in the Netty transport: one event loop). A room
 * groups its members by lane so that a broadcast costs one task per lane, not one per member.
 * Tasks given to {@link #execute} run in the order given.
 */
public interface DeliveryLane extends Executor {
    /** Whether the calling thread is this lane's thread. */
    boolean inLane();
}
