package org.hearth.server.safety.eval;

import java.util.List;

/**
 * What one evaluation measured.
 *
 * @param title a heading, for example "Risk triage on reddit-cssrs-500-users.csv (per user)"
 * @param body the tables (per-class precision/recall/F1, confusion matrix, throughput), as plain
 *     text that reads well in a terminal and inside a Markdown code block
 * @param targets the documented targets and how each came out
 */
public record EvaluationReport(String title, String body, List<Target> targets) {
    public EvaluationReport {
        targets = List.copyOf(targets);
    }

    public boolean allMet() {
        return targets.stream().allMatch(Target::met);
    }

    /**
     * One documented target.
     *
     * @param what what is measured, for example "recall, Ideation+Behavior+Attempt users"
     * @param measured the figure
     * @param bound the target's bound
     * @param atLeast true when the figure must be at least the bound, false when at most
     */
    public record Target(String what, double measured, double bound, boolean atLeast) {
        public static Target atLeast(String what, double measured, double bound) {
            return new Target(what, measured, bound, true);
        }

        public static Target atMost(String what, double measured, double bound) {
            return new Target(what, measured, bound, false);
        }

        public boolean met() {
            return atLeast ? measured >= bound : measured <= bound;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-58s %8.3f  %s %.3f  %s", what, measured,
                    atLeast ? ">=" : "<=", bound, met() ? "met" : "MISSED");
        }
    }
}
