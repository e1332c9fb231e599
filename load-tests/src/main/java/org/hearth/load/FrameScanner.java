package org.hearth.load;

import java.nio.charset.StandardCharsets;

/**
 * Reads the few fields the generator needs from a server frame's JSON bytes (copied once from the
 * socket buffer into a reused array) without decoding it: the frame type, a message's {@code seq}, the send time the generator put in the
 * text, and whether it was redacted. The receive path runs this once per delivery, so it allocates
 * nothing and looks at each byte at most once.
 *
 * <p>It relies on what the server writes (protocol v1, section 4): {@code "type"} first, then the
 * record's fields in order, no white space. Frames it cannot read are decoded in full elsewhere.
 */
public final class FrameScanner {
    private static final byte[] TYPE_PREFIX = bytes("{\"type\":\"");
    private static final byte[] SEQ = bytes("\"seq\":");
    private static final byte[] TEXT_STAMP = bytes("\"text\":\"" + TextStamp.PREFIX);
    private static final byte[] STATUS = bytes("\"status\":\"");

    /** Not a frame type: the bytes do not start as a server frame does. */
    public static final int UNKNOWN = 0;

    private FrameScanner() {
    }

    /**
     * The first letter of the frame's type ({@code 'm'}essage, {@code 'a'}ck, {@code 'p'}resence,
     * {@code 'j'}oined, {@code 'w'}elcome, {@code 'e'}rror, {@code 'n'}otice, {@code 'l'}eft), or
     * {@link #UNKNOWN}.
     */
    public static int type(byte[] buf, int from, int to) {
        if (to - from <= TYPE_PREFIX.length || !startsWith(buf, from, TYPE_PREFIX)) {
            return UNKNOWN;
        }
        return buf[from + TYPE_PREFIX.length];
    }

    /** The index just past the first occurrence of {@code key} in [from, to), or -1. */
    public static int indexAfter(byte[] buf, int from, int to, byte[] key) {
        byte first = key[0];
        int last = to - key.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int k = 1; k < key.length; k++) {
                if (buf[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i + key.length;
        }
        return -1;
    }

    /** The non-negative decimal number starting at {@code at}, or -1 if there is none. */
    public static long digits(byte[] buf, int at, int to) {
        long value = 0;
        int i = at;
        for (; i < to; i++) {
            int b = buf[i] - '0';
            if (b < 0 || b > 9) {
                break;
            }
            value = value * 10 + b;
        }
        return i == at ? -1 : value;
    }

    /** The index of the first byte at or after {@code at} that is not a decimal digit. */
    static int skipDigits(byte[] buf, int at, int to) {
        int i = at;
        while (i < to) {
            byte b = buf[i];
            if (b < '0' || b > '9') {
                break;
            }
            i++;
        }
        return i;
    }

    /** A message frame's {@code seq}, or -1. */
    public static long seq(byte[] buf, int from, int to) {
        int at = indexAfter(buf, from, to, SEQ);
        return at < 0 ? -1 : digits(buf, at, to);
    }

    /**
     * Reads a message frame: its {@code seq}, and the send stamp the generator put at the start of
     * its text. Returns false when it has no seq.
     */
    public static boolean readMessage(byte[] buf, int from, int to, MessageFields out) {
        int seqAt = indexAfter(buf, from, to, SEQ);
        if (seqAt < 0) {
            return false;
        }
        out.seq = digits(buf, seqAt, to);
        int stampAt = indexAfter(buf, seqAt, to, TEXT_STAMP);
        if (stampAt < 0) {
            out.sentNanos = -1;
            out.flag = 0;
        } else {
            out.sentNanos = digits(buf, stampAt, to);
            int after = skipDigits(buf, stampAt, to);
            out.flag = after + 1 < to && buf[after] == ':' ? buf[after + 1] : 0;
        }
        // "redacted" is the last field: ...,"redacted":true} or ...,"redacted":false}
        out.redacted = to - from > 5 && buf[to - 5] == 't';
        return out.seq >= 0;
    }

    /**
     * Reads an ack: the first letter of its status ({@code 's'}ent, {@code 'h'}eld,
     * {@code 'r'}ejected, or 0); puts a sent one's seq in {@code out.seq} (else -1).
     */
    public static int readAck(byte[] buf, int from, int to, MessageFields out) {
        int statusAt = indexAfter(buf, from, to, STATUS);
        if (statusAt < 0 || statusAt >= to) {
            out.seq = -1;
            return 0;
        }
        int status = buf[statusAt];
        out.seq = status == 's' ? seq(buf, statusAt, to) : -1;
        return status;
    }

    private static boolean startsWith(byte[] buf, int from, byte[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (buf[from + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** What {@link #readMessage} found; one reused instance per event loop. */
    public static final class MessageFields {
        public long seq;
        /** The scheduled send time from the text's stamp (nanoseconds since the run's base), or -1. */
        public long sentNanos;
        /** The stamp's kind letter (see {@link TextStamp}), or 0. */
        public int flag;
        public boolean redacted;
    }
}
