package org.hearth.server.session;

/**
 * One server frame, encoded once, to be delivered to many connections. Reference counted: the
 * encoder hands it out with one reference; each holder that passes it to another thread retains
 * it first and releases it when done.
 */
public interface SharedFrame {
    /** Adds a reference; returns this. */
    SharedFrame retain();

    /** Drops a reference; the bytes are freed when the last one goes. */
    void release();
}
