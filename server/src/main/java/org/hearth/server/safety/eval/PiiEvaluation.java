package org.hearth.server.safety.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hearth.server.safety.disclosure.DisclosureDetector;
import org.hearth.server.safety.pii.PiiDetector;

/**
 * The personal-detail and disclosure detectors on Presidio's synthetic sentences
 * ({@code pii/presidio-synth-v2.json}), scored by span overlap as {@link SpanScoring} describes:
 * per entity type, over all types, and per kind of ours; then throughput and per-message latency.
 * Targets: e-mail, phone, card, IBAN, SSN and IP recall at least 0.95 at precision at least 0.9;
 * street address and person recall at least 0.7; all types (any kind) recall and precision at least
 * 0.75. The data never reaches a running server: only the {@code eval-safety} command reads it.
 * Immutable; its detectors are thread-safe.
 */
public final class PiiEvaluation implements SafetyEvaluation {
    private static final List<String> EXACT_TYPES = List.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
            "US_SSN", "IP_ADDRESS");

    private final PiiDetector pii = new PiiDetector();
    private final DisclosureDetector disclosures = new DisclosureDetector();

    @Override
    public String name() {
        return "pii";
    }

    @Override
    public String dataFile() {
        return "pii/presidio-synth-v2.json";
    }

    @Override
    public EvaluationReport evaluate(Path dataFile) throws IOException {
        List<LabelledSpans> sentences = LabelledSpans.read(dataFile);
        SpanScoring scoring = score(sentences);
        StringBuilder body = new StringBuilder();
        body.append("per entity type (a finding of a kind that answers to the type):\n").append(Counts.header()).append('\n');
        for (String type : scoring.types()) {
            body.append(scoring.type(type).row(type)).append('\n');
        }
        body.append(scoring.anyKind().row("ALL (any kind)")).append('\n');
        body.append(scoring.sameKind().row("ALL (same kind)")).append('\n');
        body.append("\nper kind of ours (tp: overlaps an entity of a type it answers to):\n").append(Counts.header()).append('\n');
        scoring.perKind().forEach((kind, counts) -> body.append(counts.row(kind)).append('\n'));
        List<String> texts = sentences.stream().map(LabelledSpans::text).toList();
        body.append('\n').append(Throughput.measure(texts, this::detectBoth)).append('\n');
        body.append(latency(texts));

        List<EvaluationReport.Target> targets = new ArrayList<>();
        for (String type : EXACT_TYPES) {
            Counts counts = scoring.type(type);
            targets.add(EvaluationReport.Target.atLeast("pii recall, " + type, counts.recall(), 0.95));
            targets.add(EvaluationReport.Target.atLeast("pii precision, " + type, counts.precision(), 0.9));
        }
        targets.add(EvaluationReport.Target.atLeast("pii recall, STREET_ADDRESS", scoring.type("STREET_ADDRESS").recall(), 0.7));
        targets.add(EvaluationReport.Target.atLeast("pii recall, PERSON", scoring.type("PERSON").recall(), 0.7));
        targets.add(EvaluationReport.Target.atLeast("pii recall, all types (any kind)", scoring.anyKind().recall(), 0.75));
        targets.add(EvaluationReport.Target.atLeast("pii precision, all types (any kind)", scoring.anyKind().precision(), 0.75));
        return new EvaluationReport("Personal details and disclosures on " + dataFile.getFileName() + " (" + sentences.size()
                + " sentences, span overlap)", body.toString(), targets);
    }

    SpanScoring score(List<LabelledSpans> sentences) {
        SpanScoring scoring = new SpanScoring();
        for (LabelledSpans sentence : sentences) {
            scoring.add(sentence, SpanScoring.scored(pii.find(sentence.text()), disclosures.find(sentence.text())));
        }
        return scoring;
    }

    private void detectBoth(String text) {
        pii.find(text);
        disclosures.find(text);
    }

    /** Both detectors on each text in turn, timed one by one after a warm-up: the figure the message path cares about. */
    private String latency(List<String> texts) {
        for (int round = 0; round < 20; round++) {
            texts.forEach(this::detectBoth);
        }
        long[] nanos = new long[texts.size() * 5];
        for (int i = 0; i < nanos.length; i++) {
            String text = texts.get(i % texts.size());
            long start = System.nanoTime();
            detectBoth(text);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "latency per message, PII + disclosure: p50 %.1f µs, p99 %.1f µs, max %.1f µs%n",
                nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3, nanos[nanos.length - 1] / 1e3);
    }
}
