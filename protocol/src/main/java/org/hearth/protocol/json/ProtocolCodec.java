package org.hearth.protocol.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.ProtocolViolation;
import org.hearth.protocol.ServerMessage;

/**
 * Encodes and decodes protocol v1 frames. Decoding a client frame is strict: unknown types and
 * fields, wrong JSON types, duplicate keys, trailing data, deep nesting and oversize strings are
 * refused with a {@link DecodeException} that names the documented {@link ErrorCode}. Thread-safe
 * and meant to be shared: build one per limits and reuse it.
 */
public final class ProtocolCodec {
    private final CodecLimits limits;
    private final ObjectReader clientReader;
    private final ObjectReader serverReader;
    private final ObjectReader lenientTreeReader;
    private final ObjectWriter writer;

    public ProtocolCodec(CodecLimits limits) {
        this.limits = limits;
        ObjectMapper strict = strictMapper(limits);
        this.clientReader = strict.readerFor(ClientMessage.class);
        // Server frames are trusted and bigger than client frames (a joined frame carries history),
        // so the client limits do not apply to them.
        this.serverReader = serverMapper().readerFor(ServerMessage.class);
        this.lenientTreeReader = strict.reader();
        this.writer = strict.writer();
    }

    public CodecLimits limits() {
        return limits;
    }

    /** Decodes one client text frame, given as UTF-8 bytes. */
    public ClientMessage decodeClient(byte[] utf8, int offset, int length) throws DecodeException {
        if (length > limits.maxFrameBytes()) {
            throw new DecodeException(ErrorCode.FRAME_TOO_LARGE,
                    "frame is " + length + " bytes (expected: at most " + limits.maxFrameBytes() + ")",
                    null, null, null);
        }
        ClientMessage message;
        try {
            message = clientReader.readValue(utf8, offset, length);
        } catch (IOException | RuntimeException e) {
            throw explain(e, utf8, offset, length);
        }
        if (message == null) { // the frame was the JSON literal null
            throw new DecodeException(ErrorCode.INVALID_FIELD, NOT_AN_OBJECT, null, null, null);
        }
        if (message instanceof ClientMessage.Send send) {
            checkTextLength(send.text(), send.type(), send.room().value(), send.clientMsgId());
        } else if (message instanceof ClientMessage.Approve approve && approve.text() != null) {
            checkTextLength(approve.text(), approve.type(), approve.room().value(), null);
        }
        return message;
    }

    /** Decodes one client text frame given as a string. */
    public ClientMessage decodeClient(String json) throws DecodeException {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return decodeClient(utf8, 0, utf8.length);
    }

    /** Decodes one server frame (for clients and the load generator). */
    public ServerMessage decodeServer(byte[] utf8, int offset, int length) throws DecodeException {
        try {
            return serverReader.readValue(utf8, offset, length);
        } catch (IOException | RuntimeException e) {
            throw explain(e, utf8, offset, length);
        }
    }

    public ServerMessage decodeServer(String json) throws DecodeException {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return decodeServer(utf8, 0, utf8.length);
    }

    /** Writes a server frame's JSON as UTF-8 to {@code out}. */
    public void encode(ServerMessage message, OutputStream out) {
        try {
            writer.writeValue(out, message);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a " + message.getClass().getSimpleName() + " frame", e);
        }
    }

    public byte[] encode(ServerMessage message) {
        return toBytes(message);
    }

    /** Encodes a client frame (for clients, tests and the load generator). */
    public byte[] encode(ClientMessage message) {
        return toBytes(message);
    }

    public String encodeToString(Object message) {
        return new String(toBytes(message), StandardCharsets.UTF_8);
    }

    private byte[] toBytes(Object message) {
        try {
            return writer.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not encode a " + message.getClass().getSimpleName() + " frame", e);
        }
    }

    private void checkTextLength(String text, String type, String room, String clientMsgId) throws DecodeException {
        // Code points, not UTF-16 units: an emoji counts as one character, as members expect.
        if (text.length() > limits.maxTextLength()
                && text.codePointCount(0, text.length()) > limits.maxTextLength()) {
            throw new DecodeException(ErrorCode.TEXT_TOO_LONG,
                    "text is " + text.codePointCount(0, text.length()) + " characters (expected: at most "
                            + limits.maxTextLength() + ")",
                    type, room, clientMsgId);
        }
    }

    /** Turns whatever Jackson or a record's constructor threw into a documented error. */
    private DecodeException explain(Exception failure, byte[] utf8, int offset, int length) {
        ProtocolViolation violation = findViolation(failure);
        Ref ref = violation == null && isConstraintBreach(failure) ? Ref.NONE : bestEffortRef(utf8, offset, length);
        if (violation != null) {
            return new DecodeException(violation.code(), violation.getMessage(), ref.type, ref.room, ref.clientMsgId);
        }
        ErrorCode code;
        String message;
        if (failure instanceof StreamConstraintsException constraint) {
            boolean depth = constraint.getMessage() != null && constraint.getMessage().contains("depth");
            code = depth ? ErrorCode.TOO_DEEP : ErrorCode.FRAME_TOO_LARGE;
            message = depth
                    ? "frame nests deeper than " + limits.maxDepth() + " levels (expected: one flat JSON object)"
                    : "a string or number in the frame is longer than allowed";
        } else if (failure instanceof InvalidTypeIdException typeId) {
            boolean missing = typeId.getTypeId() == null;
            boolean object = startsWithObject(utf8, offset, length);
            code = missing && object ? ErrorCode.MISSING_FIELD : missing ? ErrorCode.INVALID_FIELD : ErrorCode.UNKNOWN_TYPE;
            message = missing && object
                    ? "frame has no type (expected: a \"type\" field such as \"send\")"
                    : missing ? NOT_AN_OBJECT
                    : "type '" + printable(typeId.getTypeId()) + "' is unknown (expected: hello, join, leave or send)";
        } else if (failure instanceof UnrecognizedPropertyException unknown) {
            code = ErrorCode.UNKNOWN_FIELD;
            message = "field '" + printable(unknown.getPropertyName()) + "' is not part of a "
                    + (ref.type == null ? "frame" : ref.type + " frame") + " (expected: " + unknown.getKnownPropertyIds() + ")";
        } else if (failure instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().isEmpty() ? null : mismatch.getPath().getLast().getFieldName();
            code = ErrorCode.INVALID_FIELD;
            message = field == null
                    ? NOT_AN_OBJECT
                    : "field '" + field + "' has the wrong JSON type" + expectedType(mismatch);
        } else if (failure instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            String field = mapping.getPath().isEmpty() ? null : mapping.getPath().getLast().getFieldName();
            code = ErrorCode.INVALID_FIELD;
            message = "field '" + printable(field) + "' is a number out of range (expected: 0 to " + Long.MAX_VALUE + ")";
        } else if (failure instanceof JsonProcessingException) {
            code = ErrorCode.MALFORMED_FRAME;
            message = "frame is not valid JSON (expected: one JSON object)";
        } else {
            code = ErrorCode.MALFORMED_FRAME;
            message = "frame could not be read (expected: one JSON object)";
        }
        return new DecodeException(code, message, ref.type, ref.room, ref.clientMsgId);
    }

    private static final String NOT_AN_OBJECT = "frame must be one JSON object";

    /** Whether the frame's first token (after white space and a byte-order mark) opens an object. */
    private static boolean startsWithObject(byte[] utf8, int offset, int length) {
        int end = offset + length;
        int i = offset;
        if (length >= 3 && utf8[i] == (byte) 0xEF && utf8[i + 1] == (byte) 0xBB && utf8[i + 2] == (byte) 0xBF) {
            i += 3;
        }
        while (i < end && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\n' || utf8[i] == '\r')) {
            i++;
        }
        return i < end && utf8[i] == '{';
    }

    private static String expectedType(MismatchedInputException mismatch) {
        Class<?> target = mismatch.getTargetType();
        if (target == null) {
            return "";
        }
        String name = target == Long.class || target == long.class || target == Integer.class || target == int.class
                ? "a whole number" : Number.class.isAssignableFrom(target) ? "a number"
                : target == Boolean.class || target == boolean.class ? "true or false" : "a string";
        return " (expected: " + name + ")";
    }

    private static boolean isConstraintBreach(Exception failure) {
        return failure instanceof StreamConstraintsException;
    }

    private static ProtocolViolation findViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProtocolViolation violation) {
                return violation;
            }
        }
        return null;
    }

    /** Which client frame an error refers to: read leniently, only on the error path. */
    private Ref bestEffortRef(byte[] utf8, int offset, int length) {
        try {
            JsonNode tree = lenientTreeReader.readTree(utf8, offset, length);
            if (tree == null || !tree.isObject()) {
                return Ref.NONE;
            }
            return new Ref(shortText(tree.get("type")), shortText(tree.get("room")), shortText(tree.get("clientMsgId")));
        } catch (IOException | RuntimeException e) {
            return Ref.NONE;
        }
    }

    private static String shortText(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String text = node.textValue();
        return text.length() > 64 ? null : printable(text);
    }

    private static String printable(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }

    private record Ref(String type, String room, String clientMsgId) {
        static final Ref NONE = new Ref(null, null, null);
    }

    private static ObjectMapper strictMapper(CodecLimits limits) {
        ObjectMapper mapper = baseMapper();
        // Untrusted input: text can be escaped (a \\u escape is 6 bytes a character), so strings are
        // bounded by the frame size, which is itself checked before parsing.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxFrameBytes())
                .maxNumberLength(20)
                .maxNameLength(64)
                .maxDocumentLength(limits.maxFrameBytes())
                .build());
        return mapper;
    }

    /** Reads frames from the server: the same strictness, Jackson's default size limits. */
    private static ObjectMapper serverMapper() {
        return baseMapper();
    }

    private static ObjectMapper baseMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // An emoji goes out as its 4 UTF-8 bytes, not as two 6-byte \\u escapes: frames stay
                // small, and a client frame this codec encodes fits the frame limit its text fits.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
