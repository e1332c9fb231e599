package org.hearth.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared example frames of protocol v1, read from the classpath ({@code frames/...} in this
 * module's test resources and test-jar). The server's tests reuse them: add
 * {@code hearth-protocol} with {@code <type>test-jar</type>} as a test dependency.
 *
 * <ul>
 *   <li>{@code frames/client/<name>.json}, {@code frames/server/<name>.json}: one valid, pretty-printed
 *       frame per file; the name is the frame's type, optionally followed by {@code -variant}
 *       ({@code hello-resume}, {@code ack-held}).</li>
 *   <li>{@code frames/index.json}: the file names, since a jar cannot be listed portably.</li>
 *   <li>{@code frames/bad-client-frames.json}: invalid client frames with the error code that
 *       {@code ProtocolCodec} with {@code CodecLimits.DEFAULTS} answers each with. Every entry fails
 *       in decoding, so it gets the same code in any session state.</li>
 * </ul>
 */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /**
     * One example frame.
     *
     * @param name the file name without {@code .json}, for example {@code hello-resume}
     * @param json the file's text, exactly as stored
     */
    public record Fixture(String name, String json) {
        /** The frame type this fixture shows: the name up to its first '-'. */
        public String type() {
            int dash = name.indexOf('-');
            return dash < 0 ? name : name.substring(0, dash);
        }

        public byte[] utf8() {
            return json.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One row of the bad-input table.
     *
     * @param name what is wrong with the frame, in words
     * @param frame the raw text frame
     * @param code the {@link ErrorCode} number the codec answers with
     * @param reason that code's name
     */
    public record BadFrame(String name, String frame, int code, String reason) {
        /** The expected error code; null only if the table names a number that does not exist. */
        public ErrorCode errorCode() {
            return ErrorCode.ofCode(code);
        }

        public byte[] utf8() {
            return frame.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every client example frame, in file-name order. */
    public static List<Fixture> clientFrames() {
        return frames("client");
    }

    /** Every server example frame, in file-name order. */
    public static List<Fixture> serverFrames() {
        return frames("server");
    }

    /** The client example frame with this name, for example {@code join-resume}. */
    public static Fixture clientFrame(String name) {
        return new Fixture(name, read("frames/client/" + name + ".json"));
    }

    /** The server example frame with this name, for example {@code ack-sent}. */
    public static Fixture serverFrame(String name) {
        return new Fixture(name, read("frames/server/" + name + ".json"));
    }

    /** The bad-input table, in file order. */
    public static List<BadFrame> badClientFrames() {
        JsonNode rows = tree("frames/bad-client-frames.json");
        List<BadFrame> frames = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            frames.add(new BadFrame(row.required("name").textValue(), row.required("frame").textValue(),
                    row.required("code").intValue(), row.required("reason").textValue()));
        }
        return List.copyOf(frames);
    }

    /** The file names listed in {@code frames/index.json} for {@code client} or {@code server}. */
    public static List<String> indexedFileNames(String side) {
        List<String> names = new ArrayList<>();
        tree("frames/index.json").required(side).forEach(name -> names.add(name.textValue()));
        return List.copyOf(names);
    }

    /** A classpath resource as UTF-8 text. */
    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read fixture " + resource, e);
        }
    }

    private static List<Fixture> frames(String side) {
        List<Fixture> frames = new ArrayList<>();
        for (String file : indexedFileNames(side)) {
            String name = file.substring(0, file.length() - ".json".length());
            frames.add(new Fixture(name, read("frames/" + side + "/" + file)));
        }
        return List.copyOf(frames);
    }

    private static JsonNode tree(String resource) {
        try {
            return JSON.readTree(read(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + resource + " is not valid JSON", e);
        }
    }
}
