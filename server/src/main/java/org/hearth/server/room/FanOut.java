package org.hearth.server.room;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.session.Connection;
import org.hearth.server.session.DeliveryLane;
import org.hearth.server.session.FrameEncoder;
import org.hearth.server.session.SharedFrame;

/**
 * A room's connected members grouped by the lane (event loop) that owns them, so a broadcast is
 * encoded once and costs one task per lane, however many members there are.
 *
 * <p>Owned by the room's thread. Each group's array is copy-on-write: a lane task keeps the array
 * it was given while the room goes on changing membership.
 */
final class FanOut {
    private static final Connection[] NONE = new Connection[0];

    private final FrameEncoder encoder;
    private final List<Group> groups = new ArrayList<>(4);

    FanOut(FrameEncoder encoder) {
        this.encoder = encoder;
    }

    void add(Connection connection) {
        Group group = groupOf(connection.lane());
        Connection[] grown = Arrays.copyOf(group.members, group.members.length + 1);
        grown[grown.length - 1] = connection;
        group.members = grown;
    }

    void remove(Connection connection) {
        for (Group group : groups) {
            Connection[] members = group.members;
            for (int i = 0; i < members.length; i++) {
                if (members[i] == connection) {
                    Connection[] shrunk = members.length == 1 ? NONE : new Connection[members.length - 1];
                    System.arraycopy(members, 0, shrunk, 0, i);
                    System.arraycopy(members, i + 1, shrunk, i, members.length - i - 1);
                    group.members = shrunk;
                    return;
                }
            }
        }
    }

    /** Encodes the frame once and writes the same bytes to every connected member. */
    void broadcast(ServerMessage message) {
        SharedFrame frame = null;
        try {
            for (Group group : groups) {
                Connection[] members = group.members;
                if (members.length == 0) {
                    continue;
                }
                if (frame == null) {
                    frame = encoder.encode(message);
                }
                if (group.lane.inLane()) {
                    deliverAll(frame, members);
                } else {
                    SharedFrame shared = frame.retain();
                    group.lane.execute(() -> {
                        try {
                            deliverAll(shared, members);
                        } finally {
                            shared.release();
                        }
                    });
                }
            }
        } finally {
            if (frame != null) {
                frame.release();
            }
        }
    }

    private static void deliverAll(SharedFrame frame, Connection[] members) {
        for (Connection member : members) {
            member.deliver(frame);
        }
    }

    private Group groupOf(DeliveryLane lane) {
        for (Group group : groups) {
            if (group.lane == lane) {
                return group;
            }
        }
        Group created = new Group(lane);
        groups.add(created);
        return created;
    }

    private static final class Group {
        final DeliveryLane lane;
        Connection[] members = NONE;

        Group(DeliveryLane lane) {
            this.lane = lane;
        }
    }
}
