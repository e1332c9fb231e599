package org.hearth.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Fixtures;
import org.hearth.protocol.Fixtures.BadFrame;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input table in {@code frames/bad-client-frames.json}, replayed against the codec. */
class BadClientFramesTest {
    private static final ProtocolCodec CODEC = new ProtocolCodec(CodecLimits.DEFAULTS);

    static List<BadFrame> badFrames() {
        return Fixtures.badClientFrames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrames")
    void everyBadFrameInTheTableGetsItsDocumentedCode(BadFrame bad) {
        byte[] utf8 = bad.utf8();

        DecodeException refused = catchThrowableOfType(DecodeException.class,
                () -> CODEC.decodeClient(utf8, 0, utf8.length));

        assertThat(refused).as("decoding %s", bad.frame()).isNotNull();
        assertThat(refused.code()).as(refused.getMessage()).isEqualTo(bad.errorCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrames")
    void everyBadFrameGetsAnErrorFrameThatSaysWhatWasWrong(BadFrame bad) throws Exception {
        DecodeException refused = catchThrowableOfType(DecodeException.class, () -> CODEC.decodeClient(bad.frame()));

        ServerMessage.Error error = refused.toErrorFrame();

        assertThat(error.code()).isEqualTo(bad.code());
        assertThat(error.reason()).isEqualTo(bad.reason());
        assertThat(error.message()).isNotBlank().doesNotContainPattern("\\p{Cntrl}");
        for (String echoed : new String[] {error.ref(), error.room(), error.clientMsgId()}) {
            if (echoed != null) {
                assertThat(echoed).hasSizeLessThanOrEqualTo(64).doesNotContainPattern("\\p{Cntrl}");
            }
        }
        assertThat(CODEC.decodeServer(CODEC.encode(error), 0, CODEC.encode(error).length)).isEqualTo(error);
    }

    @Test
    void everyRowNamesAnExistingCodeByNumberAndName() {
        assertThat(badFrames()).allSatisfy(bad -> {
            assertThat(bad.errorCode()).as(bad.name()).isNotNull();
            assertThat(bad.reason()).as(bad.name()).isEqualTo(bad.errorCode().name());
        });
    }

    @Test
    void rowNamesAreUnique() {
        List<String> names = badFrames().stream().map(BadFrame::name).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void theTableCoversEveryCodeDecodingCanReturn() {
        // TEXT_TOO_LONG needs a 4,001-character text: LimitsTest builds it. Binary frames never
        // reach the codec.
        Set<ErrorCode> expected = EnumSet.range(ErrorCode.MALFORMED_FRAME, ErrorCode.INVALID_CLIENT_MESSAGE_ID);
        expected.remove(ErrorCode.TEXT_TOO_LONG);

        Set<ErrorCode> covered = badFrames().stream().map(BadFrame::errorCode).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theTableHasTheCasesTheBriefAsksFor() {
        List<String> names = badFrames().stream().map(BadFrame::name).toList();
        assertThat(names).contains("not JSON at all", "JSON array holding a valid frame", "JSON string", "empty object",
                "missing type", "unknown type", "type as a number", "unknown field in hello", "duplicate key",
                "trailing garbage after the object", "nesting too deep (5 levels, before the type)",
                "hello without handle", "handle too short (1 character)", "handle too long (25 characters)",
                "handle with a space", "handle with an emoji", "handle with an escaped control character",
                "reserved handle Moderator_Jane", "reserved handle admin", "reserved handle mod",
                "resume token too short", "join without room", "room with upper case",
                "room too long (33 characters)", "room starting with a digit", "lastSeq negative",
                "lastSeq as a string", "lastSeq as a float", "send without clientMsgId", "clientMsgId with a space",
                "clientMsgId longer than 64 characters", "send without text", "text empty", "text only white space",
                "text as a number", "room as a number", "handle is null", "room is null", "clientMsgId is null",
                "text is null", "type is null");
    }
}
