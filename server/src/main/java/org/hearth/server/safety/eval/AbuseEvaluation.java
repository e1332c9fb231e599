package org.hearth.server.safety.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hearth.server.safety.abuse.AbuseDetector;
import org.hearth.server.safety.abuse.AbuseKind;

/**
 * The abuse detector on Davidson et al.'s labelled tweets ({@code abuse/davidson-labeled.csv}:
 * class 0 hate speech, 1 offensive language, 2 neither). A tweet counts as flagged when the
 * detector finds any kind of abuse. Targets: most hate speech flagged, few "neither" tweets
 * flagged. The offensive class has no target: it mixes attacks on people with vulgarity a support
 * room lets through ("this week has been shit"), so its flag rate is reported only. Stateless;
 * one evaluation thread.
 */
public final class AbuseEvaluation implements SafetyEvaluation {
    static final String HATE = "hate";
    static final String OFFENSIVE = "offensive";
    static final String NEITHER = "neither";
    private static final List<String> CLASSES = List.of(HATE, OFFENSIVE, NEITHER);
    private static final List<String> KINDS = Arrays.stream(AbuseKind.values()).map(Enum::name).toList();
    private static final List<String> FLAGGED_KINDS = KINDS.stream().filter(kind -> !kind.equals("NONE")).toList();

    /** One tweet with its majority label, entities decoded. */
    record LabelledTweet(String label, String text) {
    }

    @Override
    public String name() {
        return "abuse";
    }

    @Override
    public String dataFile() {
        return "abuse/davidson-labeled.csv";
    }

    @Override
    public EvaluationReport evaluate(Path dataFile) throws IOException {
        List<LabelledTweet> tweets;
        try (Reader reader = Files.newBufferedReader(dataFile, StandardCharsets.UTF_8)) {
            tweets = read(reader);
        }
        AbuseDetector detector = new AbuseDetector();
        ConfusionMatrix matrix = new ConfusionMatrix(CLASSES, KINDS);
        Counts hateFlagged = new Counts();
        Counts attackFlagged = new Counts();
        for (LabelledTweet tweet : tweets) {
            AbuseKind kind = detector.assess(tweet.text()).kind();
            matrix.add(tweet.label(), kind.name());
            score(hateFlagged, tweet.label().equals(HATE), kind != AbuseKind.NONE);
            score(attackFlagged, !tweet.label().equals(NEITHER), kind != AbuseKind.NONE);
        }
        String throughput = Throughput.measure(tweets.stream().map(LabelledTweet::text).toList(), detector::assess);
        double hateRecall = hateFlagged.recall();
        double neitherRate = flagRate(matrix, NEITHER);
        StringBuilder body = new StringBuilder();
        body.append(String.format(Locale.ROOT, "%,d tweets; flagged = any kind but NONE%n%n", tweets.size()));
        body.append(String.format(Locale.ROOT, "%-10s %7s %7s %6s   %s%n", "class", "tweets", "flagged", "rate", "by kind"));
        for (String label : CLASSES) {
            body.append(String.format(Locale.ROOT, "%-10s %7d %7d %6.3f   %s%n", label, matrix.rowTotal(label),
                    matrix.rowCount(label, FLAGGED_KINDS), flagRate(matrix, label), byKind(matrix, label)));
        }
        body.append('\n').append(matrix).append('\n');
        body.append(Counts.header()).append('\n');
        body.append(hateFlagged.row("hate speech flagged")).append('\n');
        body.append(attackFlagged.row("hate|offensive flagged")).append("\n\n");
        body.append(String.format(Locale.ROOT, "offensive class flag rate %.3f (no target: the class mixes attacks "
                + "on people with general vulgarity, which a support room lets through)%n", flagRate(matrix, OFFENSIVE)));
        body.append(throughput).append('\n');
        return new EvaluationReport("Abuse detection on davidson-labeled.csv (per tweet)", body.toString(), List.of(
                EvaluationReport.Target.atLeast("recall, hate-speech tweets flagged", hateRecall, 0.8),
                EvaluationReport.Target.atMost("share of \"neither\" tweets flagged", neitherRate, 0.10)));
    }

    /** Reads the CSV: header {@code ,count,hate_speech,offensive_language,neither,class,tweet}. */
    static List<LabelledTweet> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get();
        List<LabelledTweet> tweets = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                tweets.add(new LabelledTweet(label(record.get("class")), HtmlEntities.decode(record.get("tweet"))));
            }
        }
        return tweets;
    }

    private static String label(String classColumn) {
        return switch (classColumn.strip()) {
            case "0" -> HATE;
            case "1" -> OFFENSIVE;
            case "2" -> NEITHER;
            default -> throw new IllegalArgumentException("class " + classColumn + " is not 0, 1 or 2");
        };
    }

    private static void score(Counts counts, boolean actual, boolean flagged) {
        if (actual && flagged) {
            counts.truePositive();
        } else if (flagged) {
            counts.falsePositive();
        } else if (actual) {
            counts.falseNegative();
        }
    }

    private static double flagRate(ConfusionMatrix matrix, String label) {
        long total = matrix.rowTotal(label);
        return total == 0 ? 0.0 : (double) matrix.rowCount(label, FLAGGED_KINDS) / total;
    }

    private static String byKind(ConfusionMatrix matrix, String label) {
        StringBuilder out = new StringBuilder();
        for (String kind : FLAGGED_KINDS) {
            out.append(String.format(Locale.ROOT, "%s %d  ", kind, matrix.count(label, kind)));
        }
        return out.toString().strip();
    }
}
