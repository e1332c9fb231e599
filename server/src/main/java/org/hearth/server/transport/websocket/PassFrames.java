package org.hearth.server.transport.websocket;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * One connection's frames waiting for its lane's next flush pass, in call order.
 *
 * <p>Why not write each frame to the channel as it comes? Each write costs an object of its own
 * per recipient: a view of the shared frame, Netty's queue entry for it, its reference count
 * updates, and its slot in the system call's vector. Under load a pass carries many frames to each
 * member (the lane waits up to 8 ms between passes), so here they are copied end to end into one
 * "run" buffer instead, written once: a short copy of bytes that are sent anyway. A pass that
 * carries a single frame (a quiet room) writes a view of the shared frame, as copying would gain
 * nothing there. A run that fills up is written and another started, so nothing is copied twice;
 * the first run of a pass is sized like the previous pass, so a reader who stops reading does not
 * pin much more memory than the bytes it is owed.
 *
 * <p>This loop's thread only.
 */
final class PassFrames {
    /** Where frames go when they leave: the channel, unflushed. */
    interface Out {
        void write(ByteBuf frames, int count);
    }

    private static final int MAX_RUN_BYTES = 16 * 1024;

    private final ByteBufAllocator allocator;
    private final Out out;
    /** The pass's only frame so far, as a view to write; with its bytes, to copy should a second come. */
    private ByteBuf single;
    private byte[] singleBytes;
    /** Two or more frames of this pass, copied end to end. */
    private ByteBuf run;
    private int runFrames;
    private int passBytes;
    private int nextRunBytes;

    PassFrames(ByteBufAllocator allocator, Out out) {
        this.allocator = allocator;
        this.out = out;
    }

    /** Adds a frame behind the others; the frame stays the caller's. */
    void add(EncodedFrame frame) {
        byte[] bytes = frame.array();
        passBytes += bytes.length;
        if (single == null && run == null) {
            single = frame.forWrite();
            singleBytes = bytes;
            return;
        }
        if (run == null) {
            run = allocator.directBuffer(Math.max(singleBytes.length + bytes.length, nextRunBytes));
            run.writeBytes(singleBytes);
            runFrames = 1;
            single.release();
            single = null;
            singleBytes = null;
        } else if (run.maxFastWritableBytes() < bytes.length) {
            int grown = Math.min(2 * run.capacity(), MAX_RUN_BYTES);
            writeOut();
            run = allocator.directBuffer(Math.max(bytes.length, grown));
        }
        run.writeBytes(bytes);
        runFrames++;
    }

    /** Writes what waits, for the pass's flush, and sizes the next pass's first run after this pass. */
    void endPass() {
        writeOut();
        nextRunBytes = Math.min(passBytes, MAX_RUN_BYTES);
        passBytes = 0;
    }

    /** Writes what waits now, in order (before a close frame, say), without ending the pass. */
    void writeOut() {
        if (single != null) {
            ByteBuf frame = single;
            single = null;
            singleBytes = null;
            out.write(frame, 1);
        } else if (run != null) {
            ByteBuf frames = run;
            int count = runFrames;
            run = null;
            runFrames = 0;
            out.write(frames, count);
        }
    }
}
