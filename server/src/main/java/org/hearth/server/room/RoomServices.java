package org.hearth.server.room;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.hearth.server.metrics.HearthMetrics;
import org.hearth.server.session.FrameEncoder;
import org.hearth.server.store.AuditLog;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.MuteStore;

/**
 * What every room uses and none owns.
 *
 * @param encoder encodes a broadcast once for every member
 * @param clock the time (injected, so tests never sleep)
 * @param messageIds server-wide message ids
 * @param store where messages are made durable
 * @param storeReads where a room's blocking store reads run (never on its own thread)
 * @param audit where every moderation decision is recorded
 * @param mutes where mutes are kept across restarts (blocking: used on {@code storeReads})
 * @param duty where each room posts how many of its moderators are present
 * @param settings what every room is configured with
 * @param metrics where each room records its counts and times
 * @param pulseChanges told when a room's hold queue or duty changes, for the operators' live view
 * @param bus how stored messages reach the members on this node and any other
 */
public record RoomServices(FrameEncoder encoder, Clock clock, MessageIds messageIds, MessageStore store,
                           Executor storeReads, AuditLog audit, MuteStore mutes, DutyBoard duty, RoomSettings settings,
                           HearthMetrics metrics, PulseChanges pulseChanges, RoomBus bus) {
    /** One node: for tests and embedding. */
    public RoomServices(FrameEncoder encoder, Clock clock, MessageIds messageIds, MessageStore store, Executor storeReads,
                        AuditLog audit, MuteStore mutes, DutyBoard duty, RoomSettings settings, HearthMetrics metrics,
                        PulseChanges pulseChanges) {
        this(encoder, clock, messageIds, store, storeReads, audit, mutes, duty, settings, metrics, pulseChanges,
                RoomBus.IN_PROCESS);
    }

    /** Without an operators' live view: for tests and embedding. */
    public RoomServices(FrameEncoder encoder, Clock clock, MessageIds messageIds, MessageStore store, Executor storeReads,
                        AuditLog audit, MuteStore mutes, DutyBoard duty, RoomSettings settings, HearthMetrics metrics) {
        this(encoder, clock, messageIds, store, storeReads, audit, mutes, duty, settings, metrics, PulseChanges.NONE);
    }

    /** Without metrics: for tests and embedding. */
    public RoomServices(FrameEncoder encoder, Clock clock, MessageIds messageIds, MessageStore store, Executor storeReads,
                        AuditLog audit, MuteStore mutes, DutyBoard duty, RoomSettings settings) {
        this(encoder, clock, messageIds, store, storeReads, audit, mutes, duty, settings, HearthMetrics.NONE);
    }
}
