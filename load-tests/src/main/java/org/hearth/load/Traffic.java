package org.hearth.load;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Open-loop sending. The senders on each event loop share one {@link OpenLoopSchedule} (that
 * loop's share of the aggregate rate), taken in turns; a timer on the loop sends whatever is due
 * every millisecond, each message stamped with its scheduled time.
 */
public final class Traffic {
    /** How often each loop looks for due messages. */
    static final long TICK_MICROS = 1_000;
    private static final double GOLDEN = 0.6180339887498949;

    private final LoadClient client;
    private final List<LoopSenders> perLoop = new ArrayList<>();
    private final int senderCount;

    public Traffic(LoadClient client, List<VirtualMember> senders) {
        this.client = client;
        this.senderCount = senders.size();
        Map<EventLoop, LoopSenders> byLoop = new IdentityHashMap<>();
        for (VirtualMember sender : senders) {
            byLoop.computeIfAbsent(sender.loop, loop -> {
                LoopSenders created = new LoopSenders(loop);
                perLoop.add(created);
                return created;
            }).senders.add(sender);
        }
        for (LoopSenders loop : perLoop) {
            loop.tick = loop.loop.scheduleAtFixedRate(loop::tick, TICK_MICROS, TICK_MICROS, TimeUnit.MICROSECONDS);
        }
    }

    /**
     * Sends {@code ratePerSecond} messages a second in all, from {@code startNanos} until
     * {@code endNanos}; {@code moderatedShare} of them carry details a moderation filter acts on.
     */
    public void run(double ratePerSecond, long startNanos, long endNanos, double moderatedShare) {
        for (LoopSenders loop : perLoop) {
            double share = senderCount == 0 ? 0 : ratePerSecond * loop.senders.size() / senderCount;
            OpenLoopSchedule schedule = new OpenLoopSchedule(startNanos, endNanos, share);
            loop.loop.execute(() -> {
                loop.schedule = schedule;
                loop.moderatedShare = moderatedShare;
            });
        }
    }

    /** Messages a sender could not send because it was not connected. */
    public long skipped() {
        long total = 0;
        for (LoopSenders loop : perLoop) {
            total += loop.skipped;
        }
        return total;
    }

    public void stop() {
        for (LoopSenders loop : perLoop) {
            loop.tick.cancel(false);
        }
    }

    /** Whether message {@code index} is one of the {@code share} meant for the moderation filters (evenly spread). */
    static boolean isModerated(long index, double share) {
        if (share <= 0) {
            return false;
        }
        double x = (index * GOLDEN) % 1.0;
        return x < share;
    }

    private final class LoopSenders {
        final EventLoop loop;
        final List<VirtualMember> senders = new ArrayList<>();
        OpenLoopSchedule schedule;
        double moderatedShare;
        volatile long skipped;
        ScheduledFuture<?> tick;

        LoopSenders(EventLoop loop) {
            this.loop = loop;
        }

        void tick() {
            OpenLoopSchedule s = schedule;
            if (s == null) {
                return;
            }
            long now = System.nanoTime();
            long base = client.baseNanos();
            int n = senders.size();
            while (s.hasDue(now)) {
                long index = s.take();
                VirtualMember sender = senders.get((int) (index % n));
                if (!sender.isReady()) {
                    skipped++;
                    continue;
                }
                char kind = isModerated(index, moderatedShare) ? TextStamp.MODERATED : TextStamp.PLAIN;
                sender.sendMessage(s.scheduledNanos(index) - base, kind);
            }
        }
    }
}
