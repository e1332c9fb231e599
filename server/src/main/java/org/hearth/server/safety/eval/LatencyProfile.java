package org.hearth.server.safety.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Per-message time through one classifier: median, 99th percentile and worst, over the texts up to
 * a length, each timed alone after a warm-up. Coarser than JMH (the clock read is in every figure)
 * but enough to see a budget of tens of microseconds kept or broken. Stateless.
 */
public final class LatencyProfile {
    private static final int WARM_UP_ROUNDS = 3;

    private LatencyProfile() {
    }

    public static String measure(List<String> texts, int maxChars, Consumer<String> classifier) {
        List<String> chosen = texts.stream().filter(text -> text.length() <= maxChars).toList();
        if (chosen.isEmpty()) {
            return "latency: no texts of at most " + maxChars + " chars";
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            chosen.forEach(classifier);
        }
        long[] nanos = new long[chosen.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            classifier.accept(chosen.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "latency, %d texts of at most %d chars: median %.1f us, p99 %.1f us, max %.1f us",
                nanos.length, maxChars, nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3,
                nanos[nanos.length - 1] / 1e3);
    }
}
