package org.hearth.server.testing;

import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.session.Connection;
import org.hearth.server.session.DeliveryLane;
import org.hearth.server.session.SharedFrame;

/** A connection that records every frame it is given, in order. Thread-safe. */
public final class FakeConnection implements Connection {
    private final DeliveryLane lane;
    private final List<ServerMessage> received = new ArrayList<>();
    private CloseCode closedWith;

    public FakeConnection(DeliveryLane lane) {
        this.lane = lane;
    }

    @Override
    public synchronized void send(ServerMessage message) {
        received.add(message);
    }

    @Override
    public synchronized void deliver(SharedFrame frame) {
        received.add(((FakeFrames.Frame) frame).message());
    }

    @Override
    public DeliveryLane lane() {
        return lane;
    }

    @Override
    public synchronized void close(CloseCode code) {
        closedWith = code;
    }

    public synchronized CloseCode closedWith() {
        return closedWith;
    }

    public synchronized List<ServerMessage> received() {
        return List.copyOf(received);
    }

    /** The frames of one type, in order. */
    public synchronized <T extends ServerMessage> List<T> received(Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public synchronized <T extends ServerMessage> T last(Class<T> type) {
        List<T> all = received(type);
        if (all.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " frame among " + received);
        }
        return all.getLast();
    }

    public synchronized void clear() {
        received.clear();
    }
}
