package org.hearth.server.safety.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hearth.server.safety.risk.RiskLevel;
import org.hearth.server.safety.risk.RiskTriage;

/**
 * Risk triage on the C-SSRS Reddit data: 500 users labelled on the Columbia severity scale, each
 * with their posts. A user counts as flagged when any of their posts is URGENT or CRISIS, which is
 * what a moderator would be asked to look at soon. Targets: at least 0.85 of Ideation, Behavior and
 * Attempt users flagged; at most 0.40 of Supportive users (who write to help others) flagged.
 * Used by one thread.
 */
public final class RiskEvaluation implements SafetyEvaluation {
    static final double RECALL_TARGET = 0.85;
    static final double SUPPORTIVE_FLAGGED_TARGET = 0.40;
    private static final List<String> AT_RISK = List.of("Ideation", "Behavior", "Attempt");
    private static final List<String> LEVELS = Arrays.stream(RiskLevel.values()).map(Enum::name).toList();
    private static final List<String> FLAGGED = List.of(RiskLevel.URGENT.name(), RiskLevel.CRISIS.name());

    private final RiskTriage triage;

    public RiskEvaluation() {
        this(new RiskTriage());
    }

    RiskEvaluation(RiskTriage triage) {
        this.triage = triage;
    }

    @Override
    public String name() {
        return "risk";
    }

    @Override
    public String dataFile() {
        return "risk/reddit-cssrs-500-users.csv";
    }

    @Override
    public EvaluationReport evaluate(Path dataFile) throws IOException {
        CssrsUsers data = CssrsUsers.read(dataFile);
        ConfusionMatrix perUser = new ConfusionMatrix(CssrsUsers.LABELS, LEVELS);
        ConfusionMatrix perPost = new ConfusionMatrix(CssrsUsers.LABELS, LEVELS);
        List<String> posts = new ArrayList<>();
        long aboutSomeoneElse = 0;
        long behaviourDiscussed = 0;
        for (CssrsUsers.User user : data.users()) {
            RiskLevel highest = RiskLevel.NONE;
            for (String post : user.posts()) {
                var assessment = triage.assess(post);
                perPost.add(user.label(), assessment.level().name());
                highest = assessment.level().compareTo(highest) > 0 ? assessment.level() : highest;
                aboutSomeoneElse += assessment.aboutSomeoneElse() ? 1 : 0;
                behaviourDiscussed += assessment.suicidalBehaviourDiscussed() ? 1 : 0;
                posts.add(post);
            }
            perUser.add(user.label(), highest.name());
        }
        double recall = share(perUser, AT_RISK);
        double supportive = share(perUser, List.of("Supportive"));
        double indicator = share(perUser, List.of("Indicator"));

        StringBuilder body = new StringBuilder();
        body.append(String.format(Locale.ROOT,
                "%d rows: %d users read (%d cut-off rows salvaged from their complete posts), %d rows skipped; %d posts%n%n",
                data.rows(), data.users().size(), data.salvaged(), data.skipped(), posts.size()));
        body.append("Per user, highest level of any post:\n").append(perUser).append('\n');
        body.append("Per post:\n").append(perPost).append('\n');
        body.append(String.format(Locale.ROOT, "flagged (URGENT or CRISIS), Ideation+Behavior+Attempt users: %.3f%n", recall));
        for (String label : CssrsUsers.LABELS) {
            body.append(String.format(Locale.ROOT, "flagged, %-10s users: %.3f (%d of %d)%n", label,
                    share(perUser, List.of(label)), perUser.rowCount(label, FLAGGED), perUser.rowTotal(label)));
        }
        body.append(String.format(Locale.ROOT, "posts about someone else: %d; posts discussing suicidal behaviour: %d%n",
                aboutSomeoneElse, behaviourDiscussed));
        body.append(Throughput.measure(posts, triage::assess)).append('\n');
        body.append(LatencyProfile.measure(posts, 1000, triage::assess)).append('\n');
        List<EvaluationReport.Target> targets = List.of(
                EvaluationReport.Target.atLeast("risk: recall, Ideation+Behavior+Attempt users flagged", recall,
                        RECALL_TARGET),
                EvaluationReport.Target.atMost("risk: Supportive users flagged", supportive, SUPPORTIVE_FLAGGED_TARGET));
        body.append(String.format(Locale.ROOT, "(Indicator users flagged: %.3f, reported, no target)%n", indicator));
        return new EvaluationReport("Risk triage on " + dataFile.getFileName() + " (per user)", body.toString(), targets);
    }

    /** The share of users with these labels who were flagged. */
    private static double share(ConfusionMatrix perUser, List<String> labels) {
        long flagged = 0;
        long total = 0;
        for (String label : labels) {
            flagged += perUser.rowCount(label, FLAGGED);
            total += perUser.rowTotal(label);
        }
        return total == 0 ? 0.0 : (double) flagged / total;
    }
}
