package org.hearth.server.moderation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hearth.protocol.Handle;

/**
 * Who is muted in a room, by handle, until when and why. Owned by the room's thread; the room
 * changes it on a moderator's command and the mute filter reads it.
 */
public final class MuteList {
    /**
     * One mute.
     *
     * @param until when it ends
     * @param rule the rule behind it
     */
    public record Mute(Instant until, String rule) {
    }

    private final Map<String, Mute> byHandle = new HashMap<>();

    public void mute(String handleKey, Mute mute) {
        byHandle.put(handleKey, mute);
    }

    /** Lifts a mute; whether there was one. */
    public boolean unmute(String handleKey) {
        return byHandle.remove(handleKey) != null;
    }

    /** The member's mute in force at {@code now}, or null (an ended one is forgotten). */
    public Mute active(Handle handle, Instant now) {
        Mute mute = byHandle.get(handle.key());
        if (mute != null && !now.isBefore(mute.until())) {
            byHandle.remove(handle.key());
            return null;
        }
        return mute;
    }
}
