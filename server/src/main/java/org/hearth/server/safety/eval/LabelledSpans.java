package org.hearth.server.safety.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences with labelled entity spans, read from Presidio's synthetic-data JSON: an array of
 * {@code {full_text, spans: [{entity_type, entity_value, start_position, end_position}]}}.
 * Immutable.
 *
 * @param text the sentence
 * @param entities its labelled spans
 */
record LabelledSpans(String text, List<Entity> entities) {
    LabelledSpans {
        entities = List.copyOf(entities);
    }

    /**
     * One labelled entity.
     *
     * @param type the data's entity type, for example "PERSON"
     * @param start first UTF-16 index, inclusive
     * @param end last UTF-16 index, exclusive
     */
    record Entity(String type, int start, int end) {
        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    static List<LabelledSpans> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    static List<LabelledSpans> parse(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isArray()) {
            throw new IOException("expected a JSON array of labelled sentences");
        }
        List<LabelledSpans> sentences = new ArrayList<>(root.size());
        for (JsonNode node : root) {
            String text = node.path("full_text").asText();
            List<Entity> entities = new ArrayList<>();
            for (JsonNode span : node.path("spans")) {
                int start = span.path("start_position").asInt(-1);
                int end = span.path("end_position").asInt(-1);
                if (start < 0 || end <= start || end > text.length()) {
                    throw new IOException("span [" + start + ", " + end + ") lies outside its sentence");
                }
                entities.add(new Entity(span.path("entity_type").asText(), start, end));
            }
            sentences.add(new LabelledSpans(text, entities));
        }
        return sentences;
    }
}
