package org.hearth.server.safety.eval;

import java.util.List;
import java.util.Locale;

/**
 * Counts of (true label, predicted label) pairs, printed as a table with true labels as rows.
 * Mutable; used by one evaluation thread.
 */
public final class ConfusionMatrix {
    private final List<String> actual;
    private final List<String> predicted;
    private final long[][] cells;

    /**
     * @param actual the true labels, in the order of the rows
     * @param predicted the predicted labels, in the order of the columns
     */
    public ConfusionMatrix(List<String> actual, List<String> predicted) {
        this.actual = List.copyOf(actual);
        this.predicted = List.copyOf(predicted);
        this.cells = new long[actual.size()][predicted.size()];
    }

    public void add(String actualLabel, String predictedLabel) {
        cells[index(actual, actualLabel)][index(predicted, predictedLabel)]++;
    }

    public long count(String actualLabel, String predictedLabel) {
        return cells[index(actual, actualLabel)][index(predicted, predictedLabel)];
    }

    /** How many with this true label were predicted as any of {@code predictedLabels}. */
    public long rowCount(String actualLabel, List<String> predictedLabels) {
        long sum = 0;
        for (String label : predictedLabels) {
            sum += count(actualLabel, label);
        }
        return sum;
    }

    public long rowTotal(String actualLabel) {
        long sum = 0;
        for (long cell : cells[index(actual, actualLabel)]) {
            sum += cell;
        }
        return sum;
    }

    private static int index(List<String> labels, String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label " + label + " (expected one of " + labels + ")");
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-14s", "actual \\ said"));
        for (String label : predicted) {
            out.append(String.format(Locale.ROOT, " %9s", label));
        }
        out.append('\n');
        for (int row = 0; row < actual.size(); row++) {
            out.append(String.format(Locale.ROOT, "%-14s", actual.get(row)));
            for (long cell : cells[row]) {
                out.append(String.format(Locale.ROOT, " %9d", cell));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
