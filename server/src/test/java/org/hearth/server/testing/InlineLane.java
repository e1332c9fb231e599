package org.hearth.server.testing;

import org.hearth.server.session.DeliveryLane;

/** A lane that runs every task at once on the calling thread. */
public final class InlineLane implements DeliveryLane {
    @Override
    public boolean inLane() {
        return true;
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }
}
