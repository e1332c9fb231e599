package org.hearth.server.safety.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.server.safety.disclosure.Disclosure;
import org.hearth.server.safety.disclosure.DisclosureKind;
import org.hearth.server.safety.pii.PiiFinding;
import org.hearth.server.safety.pii.PiiKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiEvaluationTest {
    private static final String SAMPLE = """
            [
              {"full_text": "Call Ola Berg on +47 412 34 567, she lives in Bergen.",
               "masked": "Call {{PERSON}} on {{PHONE_NUMBER}}, she lives in {{GPE}}.",
               "spans": [
                 {"entity_type": "PERSON", "entity_value": "Ola Berg", "start_position": 5, "end_position": 13},
                 {"entity_type": "PHONE_NUMBER", "entity_value": "+47 412 34 567", "start_position": 17, "end_position": 31},
                 {"entity_type": "GPE", "entity_value": "Bergen", "start_position": 46, "end_position": 52}]},
              {"full_text": "Nothing to see here.", "masked": "Nothing to see here.", "spans": []}
            ]
            """;

    private static List<LabelledSpans> sample() throws IOException {
        return LabelledSpans.parse(new ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void spansAreReadWithTheirTypesAndPlaces() throws IOException {
        List<LabelledSpans> sentences = sample();
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).entities()).containsExactly(new LabelledSpans.Entity("PERSON", 5, 13),
                new LabelledSpans.Entity("PHONE_NUMBER", 17, 31), new LabelledSpans.Entity("GPE", 46, 52));
        assertThat(sentences.get(1).entities()).isEmpty();
    }

    @Test
    void spanOutsideItsSentenceIsAnError() {
        String broken = "[{\"full_text\": \"short\", \"spans\": [{\"entity_type\": \"PERSON\", \"start_position\": 2, \"end_position\": 40}]}]";
        assertThatThrownBy(() -> LabelledSpans.parse(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }

    @Test
    void overlappingFindingOfACompatibleKindIsATruePositive() throws IOException {
        LabelledSpans sentence = sample().get(0);
        SpanScoring scoring = new SpanScoring();
        // the phone finding covers only part of the labelled number: overlap is enough
        scoring.add(sentence, SpanScoring.scored(List.of(new PiiFinding(PiiKind.PHONE, 21, 31)),
                List.of(new Disclosure(DisclosureKind.PLACE, 46, 52))));
        assertThat(scoring.type("PHONE_NUMBER").truePositives()).isEqualTo(1);
        assertThat(scoring.type("GPE").truePositives()).isEqualTo(1);
        assertThat(scoring.type("PERSON").falseNegatives()).isEqualTo(1);
        assertThat(scoring.anyKind().recall()).isEqualTo(2.0 / 3);
        assertThat(scoring.anyKind().precision()).isEqualTo(1.0);
    }

    @Test
    void findingOfAnotherKindCountsOverAllTypesButNotForItsType() throws IOException {
        LabelledSpans sentence = sample().get(0);
        SpanScoring scoring = new SpanScoring();
        // a place finding over the person's name: redacted or tallied all the same, but not as a person
        scoring.add(sentence, SpanScoring.scored(List.of(), List.of(new Disclosure(DisclosureKind.PLACE, 5, 13))));
        assertThat(scoring.type("PERSON").truePositives()).isZero();
        assertThat(scoring.type("GPE").falsePositives()).isEqualTo(1);
        assertThat(scoring.anyKind().truePositives()).isEqualTo(1);
        assertThat(scoring.anyKind().falsePositives()).isZero();
        assertThat(scoring.sameKind().truePositives()).isZero();
        assertThat(scoring.sameKind().falsePositives()).isEqualTo(1);
    }

    @Test
    void findingOverlappingNoEntityIsAFalsePositive() throws IOException {
        LabelledSpans sentence = sample().get(1);
        SpanScoring scoring = new SpanScoring();
        scoring.add(sentence, SpanScoring.scored(List.of(new PiiFinding(PiiKind.PERSON_NAME, 0, 7)), List.of()));
        assertThat(scoring.type("PERSON").falsePositives()).isEqualTo(1);
        assertThat(scoring.anyKind().falsePositives()).isEqualTo(1);
        assertThat(scoring.anyKind().precision()).isZero();
    }

    @Test
    void evaluationOfASampleFileReportsEveryTarget(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("sample.json");
        Files.writeString(file, SAMPLE);
        EvaluationReport report = new PiiEvaluation().evaluate(file);
        assertThat(report.body()).contains("PHONE_NUMBER", "ALL (any kind)", "throughput", "latency");
        assertThat(report.targets()).hasSize(16);
        assertThat(report.targets()).filteredOn(t -> t.what().equals("pii recall, PHONE_NUMBER"))
                .singleElement().satisfies(t -> assertThat(t.measured()).isEqualTo(1.0));
    }

    @Test
    void piiIsRegistered() {
        assertThat(SafetyEvaluations.all()).anySatisfy(e -> assertThat(e.name()).isEqualTo("pii"));
    }
}
