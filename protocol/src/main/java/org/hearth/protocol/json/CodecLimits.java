package org.hearth.protocol.json;

/**
 * Limits the codec enforces on untrusted client frames.
 *
 * @param maxFrameBytes the largest frame, in bytes of UTF-8
 * @param maxTextLength the longest message text, in Unicode code points
 * @param maxDepth the deepest nesting of JSON objects and arrays (a client frame is one object: 1)
 */
public record CodecLimits(int maxFrameBytes, int maxTextLength, int maxDepth) {
    public static final CodecLimits DEFAULTS = new CodecLimits(16 * 1024, 4_000, 4);

    public CodecLimits {
        if (maxFrameBytes < 256) {
            throw new IllegalArgumentException("maxFrameBytes: " + maxFrameBytes + " (expected: >= 256)");
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength: " + maxTextLength + " (expected: > 0)");
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth: " + maxDepth + " (expected: > 0)");
        }
        if ((long) maxTextLength * 4 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxTextLength: " + maxTextLength + " (expected: < 500,000,000)");
        }
    }
}
