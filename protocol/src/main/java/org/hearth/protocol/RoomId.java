package org.hearth.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A room's name: 1–32 characters, lower-case ASCII letters, digits and '-', starting with a
 * letter (for example {@code lounge}, {@code night-owls}).
 *
 * @param value the name as sent on the wire
 */
public record RoomId(@JsonValue String value) {
    public static final int MAX_LENGTH = 32;

    @JsonCreator
    public RoomId {
        if (value == null) {
            throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "room is missing");
        }
        if (!isValid(value)) {
            throw new ProtocolViolation(ErrorCode.INVALID_ROOM,
                    "room '" + Handle.printable(value, MAX_LENGTH) + "' is not a room name"
                            + " (expected: 1-" + MAX_LENGTH + " of a-z, 0-9 and '-', starting with a letter)");
        }
    }

    private static boolean isValid(String value) {
        int n = value.length();
        if (n == 0 || n > MAX_LENGTH || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
