package org.hearth.server.safety.eval;

import java.util.Locale;

/**
 * True positives, false positives and false negatives for one class, and the scores they give.
 * Mutable; used by one evaluation thread.
 */
public final class Counts {
    private long truePositives;
    private long falsePositives;
    private long falseNegatives;

    public void truePositive() {
        truePositives++;
    }

    public void falsePositive() {
        falsePositives++;
    }

    public void falseNegative() {
        falseNegatives++;
    }

    public long truePositives() {
        return truePositives;
    }

    public long falsePositives() {
        return falsePositives;
    }

    public long falseNegatives() {
        return falseNegatives;
    }

    /** Of what was found, the share that was right; 1 when nothing was found. */
    public double precision() {
        long found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** Of what was there, the share that was found; 1 when nothing was there. */
    public double recall() {
        long present = truePositives + falseNegatives;
        return present == 0 ? 1.0 : (double) truePositives / present;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public void add(Counts other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    /** One row of a scores table: label, support, precision, recall, F1. */
    public String row(String label) {
        return String.format(Locale.ROOT, "%-22s %7d %7d %7d %9.3f %7.3f %7.3f", label, truePositives,
                falsePositives, falseNegatives, precision(), recall(), f1());
    }

    /** The header that goes with {@link #row(String)}. */
    public static String header() {
        return String.format(Locale.ROOT, "%-22s %7s %7s %7s %9s %7s %7s", "class", "tp", "fp", "fn", "precision",
                "recall", "f1");
    }
}
