package org.hearth.server.safety.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Messages per second through one classifier on one thread, over the evaluation's own texts. A
 * coarse figure for the report; the per-message cost on the message path is measured with JMH.
 */
public final class Throughput {
    private Throughput() {
    }

    /** Runs {@code classifier} over {@code texts} until about a second has passed (after a warm-up) and says how fast. */
    public static String measure(List<String> texts, Consumer<String> classifier) {
        if (texts.isEmpty()) {
            return "throughput: no texts";
        }
        long warmUpEnd = System.nanoTime() + 500_000_000L;
        int i = 0;
        while (System.nanoTime() < warmUpEnd) {
            classifier.accept(texts.get(i++ % texts.size()));
        }
        long start = System.nanoTime();
        long count = 0;
        long end = start + 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int k = 0; k < 64; k++) {
                classifier.accept(texts.get(i++ % texts.size()));
            }
            count += 64;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "throughput: %,.0f messages/s on one thread (%d texts, mean %,.0f chars)",
                count / seconds, texts.size(), texts.stream().mapToInt(String::length).average().orElse(0));
    }
}
