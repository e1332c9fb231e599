package org.hearth.load;

import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Gathers what the event loops counted: once a second for the timeline, and at each step's end
 * for the step's results, with the server's and the generator's CPU time and memory beside.
 */
public final class Collector implements AutoCloseable {
    private static final int KINDS = LoopStats.Kind.values().length;

    private final LoadClient client;
    private final ProcStats server; // null when no pid was given
    private final ProcStats self = ProcStats.self();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hearth-load-sampler");
        t.setDaemon(true);
        return t;
    });
    private final long startNanos = System.nanoTime();
    private final Histogram[] runHistograms = new Histogram[KINDS];
    private final Histogram[] stepHistograms = new Histogram[KINDS];
    private final Histogram secondLive = LoopStats.newHistogram();
    private final List<Results.Sample> timeline = new ArrayList<>();
    private final List<Results.Step> steps = new ArrayList<>();

    private Counters last = new Counters();
    private long lastSampleNanos = startNanos;
    private long lastServerCpu;
    private long lastSelfCpu;

    // the step under way
    private String stepName;
    private double stepRate;
    private int stepMembers;
    private long stepStartNanos;
    private Counters stepStart;
    private long stepServerCpu;
    private long stepSelfCpu;
    private Results.Audit stepAudit = new Results.Audit(0, 0, 0, 0, 0);

    public Collector(LoadClient client, ProcStats server) {
        this.client = client;
        this.server = server;
        for (int i = 0; i < KINDS; i++) {
            runHistograms[i] = LoopStats.newHistogram();
            stepHistograms[i] = LoopStats.newHistogram();
        }
        lastServerCpu = server == null ? -1 : server.cpuMicros();
        lastSelfCpu = self.cpuMicros();
        sampler.scheduleAtFixedRate(this::sampleQuietly, 1, 1, TimeUnit.SECONDS);
    }

    private void sampleQuietly() {
        try {
            sample();
        } catch (RuntimeException e) {
            System.err.println("sampling failed: " + e);
        }
    }

    /** Takes what every loop counted since the last sample, and adds a point to the timeline. */
    public synchronized Counters sample() {
        Counters now = new Counters();
        for (LoopStats loop : client.loops()) {
            LoopStats.Snapshot s = await(loop.loop.submit(loop::snapshot));
            now.add(s);
            for (int i = 0; i < KINDS; i++) {
                runHistograms[i].add(s.latency()[i]);
                stepHistograms[i].add(s.latency()[i]);
            }
            secondLive.add(s.latency(LoopStats.Kind.PLAIN));
            secondLive.add(s.latency(LoopStats.Kind.MODERATED));
        }
        long t = System.nanoTime();
        double seconds = (t - lastSampleNanos) / 1e9;
        if (seconds < 0.5) {
            return now; // a step boundary just after a periodic sample: too short a slice for the timeline
        }
        long serverCpu = server == null ? -1 : server.cpuMicros();
        long selfCpu = self.cpuMicros();
        double deliveriesPerSecond = (now.allDeliveries() - last.allDeliveries()) / seconds;
        timeline.add(new Results.Sample(round((t - startNanos) / 1e9, 2), round(deliveriesPerSecond, 0),
                secondLive.getTotalCount() == 0 ? 0 : secondLive.getValueAtPercentile(99) / 1000.0,
                serverCpu < 0 || lastServerCpu < 0 ? -1 : round((serverCpu - lastServerCpu) / 1e4 / seconds, 1),
                round((selfCpu - lastSelfCpu) / 1e4 / seconds, 1),
                server == null ? -1 : server.rssKiB()));
        secondLive.reset();
        last = now;
        lastSampleNanos = t;
        lastServerCpu = serverCpu;
        lastSelfCpu = selfCpu;
        return now;
    }

    /** Starts a step: its latency, counts and CPU are measured from here. */
    public synchronized void beginStep(String name, double offeredRate, int members) {
        Counters now = sample();
        for (Histogram h : stepHistograms) {
            h.reset();
        }
        stepName = name;
        stepRate = offeredRate;
        stepMembers = members;
        stepStartNanos = System.nanoTime();
        stepStart = now;
        stepServerCpu = server == null ? -1 : server.cpuMicros();
        stepSelfCpu = self.cpuMicros();
    }

    /**
     * Ends the step (call it once its messages had time to arrive), audits loss, and returns its
     * results. {@code sendSeconds} is how long messages were sent: rates are per second of that.
     */
    public synchronized Results.Step endStep(double sendSeconds, long skipped) {
        Counters now = sample();
        Results.Audit audit = audit();
        long elapsedNanos = System.nanoTime() - stepStartNanos;
        long serverCpu = server == null ? -1 : server.cpuMicros();
        long selfCpu = self.cpuMicros();
        long deliveries = now.allDeliveries() - stepStart.allDeliveries();
        Histogram live = stepHistograms[LoopStats.Kind.PLAIN.ordinal()].copy();
        live.add(stepHistograms[LoopStats.Kind.MODERATED.ordinal()]);
        Results.Latency latency = Results.Latency.of(live);
        long lost = audit.lost() - stepAudit.lost();
        long duplicates = audit.duplicates() - stepAudit.duplicates();
        long outOfOrder = audit.outOfOrder() - stepAudit.outOfOrder();
        stepAudit = audit;
        double serverCpuMicros = serverCpu < 0 || stepServerCpu < 0 ? -1 : serverCpu - stepServerCpu;
        Results.Step step = new Results.Step(stepName, stepRate, stepMembers, round(sendSeconds, 2),
                now.sends - stepStart.sends, now.acksSent - stepStart.acksSent,
                now.acksRejected - stepStart.acksRejected, now.acksHeld - stepStart.acksHeld, skipped,
                deliveries, round(deliveries / sendSeconds, 0), now.deliveredBytes - stepStart.deliveredBytes,
                latency, Results.Latency.of(stepHistograms[LoopStats.Kind.PLAIN.ordinal()]),
                Results.Latency.of(stepHistograms[LoopStats.Kind.MODERATED.ordinal()]),
                Results.Latency.of(stepHistograms[LoopStats.Kind.SLOW.ordinal()]),
                Results.Latency.of(stepHistograms[LoopStats.Kind.SETUP.ordinal()]),
                lost, duplicates, outOfOrder, now.redacted - stepStart.redacted,
                serverCpuMicros < 0 || deliveries == 0 ? -1 : round(serverCpuMicros / deliveries, 3),
                serverCpuMicros < 0 ? -1 : round(serverCpuMicros / 1e4 / (elapsedNanos / 1e9), 1),
                server == null ? -1 : server.rssKiB(),
                round((selfCpu - stepSelfCpu) / 1e4 / (elapsedNanos / 1e9), 1),
                (latency.count() == 0 ? now.sends == stepStart.sends : latency.p99() < 100)
                        && lost == 0 && duplicates == 0 && outOfOrder == 0
                        && now.acksRejected == stepStart.acksRejected,
                Results.curve(live));
        steps.add(step);
        return step;
    }

    /** Counts lost, duplicate and out-of-order deliveries over every tracked member, now. */
    public Results.Audit audit() {
        Map<Integer, Long> heads = new HashMap<>();
        for (LoopStats loop : client.loops()) {
            Map<Integer, Long> partial = await(loop.loop.submit(() -> {
                Map<Integer, Long> h = new HashMap<>();
                for (VirtualMember m : loop.members) {
                    h.merge(m.roomIndex, Math.max(m.tracker.highest(), m.maxAckSeq), Math::max);
                }
                return h;
            }));
            partial.forEach((room, head) -> heads.merge(room, head, Math::max));
        }
        long lost = 0;
        long duplicates = 0;
        long outOfOrder = 0;
        int checked = 0;
        int withLoss = 0;
        for (LoopStats loop : client.loops()) {
            long[] r = await(loop.loop.submit(() -> {
                long[] sums = new long[5];
                for (VirtualMember m : loop.members) {
                    if (!m.tracked || !m.tracker.started()) {
                        continue;
                    }
                    long l = m.tracker.lost(heads.getOrDefault(m.roomIndex, 0L));
                    sums[0] += l;
                    sums[1] += m.tracker.duplicates();
                    sums[2] += m.tracker.outOfOrder();
                    sums[3]++;
                    if (l > 0) {
                        sums[4]++;
                    }
                }
                return sums;
            }));
            lost += r[0];
            duplicates += r[1];
            outOfOrder += r[2];
            checked += (int) r[3];
            withLoss += (int) r[4];
        }
        return new Results.Audit(lost, duplicates, outOfOrder, checked, withLoss);
    }

    /** Waits until deliveries stop (nothing new for {@code quietMillis}) or {@code maxMillis} pass. */
    public void drain(long quietMillis, long maxMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        long seen = -1;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            long now = deliveredSoFar();
            if (now != seen) {
                seen = now;
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= quietMillis) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private long deliveredSoFar() {
        long total = 0;
        for (LoopStats loop : client.loops()) {
            total += await(loop.loop.submit(() -> loop.deliveries + loop.untrackedDeliveries + loop.historyDeliveries
                    + loop.acksSent + loop.acksRejected + loop.acksHeld));
        }
        return total;
    }

    public synchronized List<Results.Step> steps() {
        return List.copyOf(steps);
    }

    public synchronized List<Results.Sample> timeline() {
        return List.copyOf(timeline);
    }

    /** Latency of live deliveries to ordinary members over the whole run. */
    public synchronized Histogram overall() {
        Histogram h = runHistograms[LoopStats.Kind.PLAIN.ordinal()].copy();
        h.add(runHistograms[LoopStats.Kind.MODERATED.ordinal()]);
        return h;
    }

    public synchronized Histogram overall(LoopStats.Kind kind) {
        return runHistograms[kind.ordinal()].copy();
    }

    public synchronized Counters totals() {
        return sample();
    }

    public ProcStats server() {
        return server;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("an event loop did not answer: " + e, e);
        }
    }

    /** The loops' cumulative counters, added up. */
    public static final class Counters {
        long deliveries;
        long untrackedDeliveries;
        long historyDeliveries;
        long deliveredBytes;
        long redacted;
        long presence;
        long sends;
        long acksSent;
        long acksHeld;
        long acksRejected;
        long otherFrames;
        long beforeJoin;
        long duplicatesSeen;
        long outOfOrderSeen;
        final Map<String, Long> errors = new TreeMap<>();
        final Map<String, Long> closes = new TreeMap<>();
        final Map<String, Long> connectFailures = new TreeMap<>();

        void add(LoopStats.Snapshot s) {
            deliveries += s.deliveries();
            untrackedDeliveries += s.untrackedDeliveries();
            historyDeliveries += s.historyDeliveries();
            deliveredBytes += s.deliveredBytes();
            redacted += s.redacted();
            presence += s.presence();
            sends += s.sends();
            acksSent += s.acksSent();
            acksHeld += s.acksHeld();
            acksRejected += s.acksRejected();
            otherFrames += s.otherFrames();
            beforeJoin += s.beforeJoin();
            duplicatesSeen += s.duplicatesSeen();
            outOfOrderSeen += s.outOfOrderSeen();
            s.errors().forEach((k, v) -> errors.merge(k, v, Long::sum));
            s.closes().forEach((k, v) -> closes.merge(k, v, Long::sum));
            s.connectFailures().forEach((k, v) -> connectFailures.merge(k, v, Long::sum));
        }

        long allDeliveries() {
            return deliveries + untrackedDeliveries;
        }

        public long sends() {
            return sends;
        }

        public long acksSent() {
            return acksSent;
        }

        public long acksRejected() {
            return acksRejected;
        }

        public long acksHeld() {
            return acksHeld;
        }

        public long deliveries() {
            return deliveries;
        }

        public long allDeliveriesCount() {
            return allDeliveries();
        }

        public long beforeJoin() {
            return beforeJoin;
        }

        public long redacted() {
            return redacted;
        }

        public long historyDeliveries() {
            return historyDeliveries;
        }

        public Map<String, Long> errors() {
            return errors;
        }

        public Map<String, Long> closes() {
            return closes;
        }

        public Map<String, Long> connectFailures() {
            return connectFailures;
        }
    }
}
