package org.hearth.load;

import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.RoomId;

/** How the multi-room scenarios name their rooms (PREFIX1..PREFIXn), and the {@code --rooms=} list the server needs. */
final class ScenarioRooms {
    private ScenarioRooms() {
    }

    /** The rooms a scenario needs on the server, for its {@code --rooms=} setting. */
    static String flag(int count, String prefix) {
        StringBuilder sb = new StringBuilder("lounge");
        for (int i = 1; i <= count; i++) {
            sb.append(',').append(prefix).append(i);
        }
        return sb.toString();
    }

    /** {@link #flag} when short; otherwise its ends and how to print it whole. */
    static String abbreviatedFlag(int count, String prefix) {
        return count <= 3 ? flag(count, prefix) : "lounge," + prefix + "1,...," + prefix + count
                + " (print the full list with --print-rooms=" + count + ")";
    }

    static List<RoomId> ids(int count, String prefix) {
        List<RoomId> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(new RoomId(prefix + i));
        }
        return ids;
    }
}
