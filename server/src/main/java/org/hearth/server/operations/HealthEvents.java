package org.hearth.server.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hearth.server.room.RoomPulse;

/**
 * Writes what the operators' live view is sent, as one JSON object on one line:
 * <pre>
 * {"time": epoch millis, "periodSeconds": 5,
 *  "rooms": [each room's pulse, as GET /operations/rooms gives it] or null (the rooms did not answer in time),
 *  "samples": {"time": [epoch seconds...], "connections": [...], "deliveriesPerSecond": [...],
 *              "fanOutP99Millis": [... or null], "storeCommitP99Millis": [... or null],
 *              "slowConsumerDisconnects": [...], "messagesPerMinute": {"room": [... or null], ...}}}
 * </pre>
 * The samples are in columns, oldest first, as a chart draws them: the whole hour kept when a
 * watcher starts, then one sample per period, or none when only the rooms changed.
 *
 * <p>Threading: stateless apart from its settings; used on the feed's thread.
 */
final class HealthEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> rooms;
    private final long periodMillis;

    /** @param rooms the rooms, in the order the samples list them */
    HealthEvents(List<String> rooms, long periodMillis) {
        this.rooms = List.copyOf(rooms);
        this.periodMillis = periodMillis;
    }

    /** @param pulses every room's pulse, or null when the rooms did not answer in time */
    byte[] encode(long time, List<RoomPulse> pulses, List<HealthSample> samples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + samples.size() * (64 + 4 * rooms.size()));
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("time", time);
            json.writeNumberField("periodSeconds", periodMillis / 1000.0);
            json.writeFieldName("rooms");
            JSON.writeValue(json, pulses);
            json.writeObjectFieldStart("samples");
            column(json, "time", samples, sample -> sample.time() / 1000.0);
            json.writeArrayFieldStart("connections");
            for (HealthSample sample : samples) {
                json.writeNumber(sample.connections());
            }
            json.writeEndArray();
            column(json, "deliveriesPerSecond", samples, HealthSample::deliveriesPerSecond);
            nullableColumn(json, "fanOutP99Millis", samples, HealthSample::fanOutP99Millis);
            nullableColumn(json, "storeCommitP99Millis", samples, HealthSample::storeCommitP99Millis);
            json.writeArrayFieldStart("slowConsumerDisconnects");
            for (HealthSample sample : samples) {
                json.writeNumber(sample.slowConsumerDisconnects());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("messagesPerMinute");
            for (int room = 0; room < rooms.size(); room++) {
                json.writeArrayFieldStart(rooms.get(room));
                for (HealthSample sample : samples) {
                    int rate = sample.messagesPerMinute()[room];
                    if (rate < 0) {
                        json.writeNull();
                    } else {
                        json.writeNumber(rate);
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the operators' live view could not be written as JSON", e);
        }
        return out.toByteArray();
    }

    private static void column(JsonGenerator json, String name, List<HealthSample> samples,
                               ToDoubleFunction<HealthSample> value) throws IOException {
        json.writeArrayFieldStart(name);
        for (HealthSample sample : samples) {
            json.writeNumber(value.applyAsDouble(sample));
        }
        json.writeEndArray();
    }

    private static void nullableColumn(JsonGenerator json, String name, List<HealthSample> samples,
                                       java.util.function.Function<HealthSample, Double> value) throws IOException {
        json.writeArrayFieldStart(name);
        for (HealthSample sample : samples) {
            Double number = value.apply(sample);
            if (number == null) {
                json.writeNull();
            } else {
                json.writeNumber(number);
            }
        }
        json.writeEndArray();
    }
}
