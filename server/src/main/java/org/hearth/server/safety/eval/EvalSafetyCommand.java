package org.hearth.server.safety.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar hearth-server.jar eval-safety [--data DIR] [--only NAME]}: measures every safety
 * classifier on the labelled data in {@code DIR} (default {@code ../shared/eval}) and prints the
 * scores and whether each target is met. Exit status 0 when every evaluation ran, 1 when data was
 * missing or unreadable, 2 on a bad argument; a missed target is reported, not an error.
 */
public final class EvalSafetyCommand {
    private final List<SafetyEvaluation> evaluations;

    public EvalSafetyCommand(List<SafetyEvaluation> evaluations) {
        this.evaluations = List.copyOf(evaluations);
    }

    public int run(String[] args, PrintStream out) {
        Path data = Path.of("..", "shared", "eval");
        String only = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--data") || arg.equals("--only")) && i + 1 < args.length) {
                if (arg.equals("--data")) {
                    data = Path.of(args[++i]);
                } else {
                    only = args[++i];
                }
            } else {
                out.println("usage: eval-safety [--data DIR] [--only " + names() + "]");
                return 2;
            }
        }
        List<SafetyEvaluation> chosen = new ArrayList<>();
        for (SafetyEvaluation evaluation : evaluations) {
            if (only == null || only.equals(evaluation.name())) {
                chosen.add(evaluation);
            }
        }
        if (chosen.isEmpty()) {
            out.println("eval-safety: no evaluation named " + only + " (expected one of " + names() + ")");
            return 2;
        }
        int status = 0;
        List<EvaluationReport.Target> targets = new ArrayList<>();
        for (SafetyEvaluation evaluation : chosen) {
            Path file = data.resolve(evaluation.dataFile());
            if (!Files.isReadable(file)) {
                out.println("eval-safety: " + file + " is missing; the " + evaluation.name()
                        + " evaluation needs it (see ../shared/eval/README.md)");
                status = 1;
                continue;
            }
            try {
                EvaluationReport report = evaluation.evaluate(file);
                out.println("== " + report.title());
                out.println(report.body());
                targets.addAll(report.targets());
            } catch (IOException | RuntimeException e) {
                out.println("eval-safety: " + evaluation.name() + " could not read " + file + ": " + e.getMessage());
                status = 1;
            }
        }
        if (!targets.isEmpty()) {
            out.println("== Targets");
            targets.forEach(out::println);
            long missed = targets.stream().filter(target -> !target.met()).count();
            out.println(missed == 0 ? "all " + targets.size() + " targets met" : missed + " of " + targets.size() + " targets MISSED");
        }
        return status;
    }

    private String names() {
        return String.join("|", evaluations.stream().map(SafetyEvaluation::name).toList());
    }
}
