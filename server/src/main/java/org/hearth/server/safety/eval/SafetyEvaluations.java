package org.hearth.server.safety.eval;

import java.util.List;

/** Every safety evaluation the {@code eval-safety} command runs, in the order it prints them. */
public final class SafetyEvaluations {
    private SafetyEvaluations() {
    }

    public static List<SafetyEvaluation> all() {
        return List.of(new RiskEvaluation(), new PiiEvaluation(), new AbuseEvaluation());
    }

    public static EvalSafetyCommand command() {
        return new EvalSafetyCommand(all());
    }
}
