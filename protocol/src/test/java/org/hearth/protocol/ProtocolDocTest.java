package org.hearth.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PROTOCOL.md is the written spec; these checks keep its tables and examples exact to the code. */
class ProtocolDocTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String doc;

    @BeforeAll
    static void readTheSpec() throws IOException {
        doc = Files.readString(Path.of("PROTOCOL.md"), StandardCharsets.UTF_8); // the module directory
    }

    @Test
    void theErrorCodeTableListsEveryCodeWithItsNumberAndMeaning() {
        List<String> rows = rows("\\| (\\d{3}) \\| ([A-Z_]+) \\| ([^|]+) \\|");
        List<String> expected = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            expected.add(code.code() + " " + code.name() + " " + code.meaning());
        }
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void theCloseCodeTableListsEveryCodeWithItsNumberAndAdvice() {
        List<String> rows = rows("\\| (\\d{4}) \\| ([A-Z_]+) \\| (yes|no) \\| ([^|]+) \\|");
        List<String> expected = new ArrayList<>();
        for (CloseCode code : CloseCode.values()) {
            expected.add(code.code() + " " + code.name() + " " + (code.reconnect() ? "yes" : "no") + " " + code.reason());
        }
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void theReservedHandleRuleNamesEveryReservedWord() {
        String rule = doc.lines().filter(line -> line.startsWith("| reserved handle |")).findFirst().orElseThrow();
        for (String word : Handle.RESERVED_WORDS) {
            assertThat(rule).contains("`" + word + "`");
        }
        for (String handle : Handle.RESERVED_HANDLES) {
            assertThat(rule).contains("`" + handle + "`");
        }
    }

    @Test
    void inlineExamplesAreTheFixtureFrames() throws IOException {
        Matcher example = Pattern.compile("<!-- fixture: (client|server)/([a-z-]+) -->\n```json\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        int count = 0;
        while (example.find()) {
            String file = "frames/" + example.group(1) + "/" + example.group(2) + ".json";
            assertThat(JSON.readTree(example.group(3))).as(file).isEqualTo(JSON.readTree(Fixtures.read(file)));
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theDefaultLimitsAreTheDocumentedOnes() {
        assertThat(doc).contains("| 16,384 (16 KiB) | `CodecLimits.maxFrameBytes`")
                .contains("| 4,000 | `CodecLimits.maxTextLength`")
                .contains("| 4 | `CodecLimits.maxDepth`");
        assertThat(org.hearth.protocol.json.CodecLimits.DEFAULTS)
                .isEqualTo(new org.hearth.protocol.json.CodecLimits(16_384, 4_000, 4));
    }

    private static List<String> rows(String regex) {
        Matcher row = Pattern.compile("(?m)^" + regex + "$").matcher(doc);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            StringBuilder joined = new StringBuilder();
            for (int g = 1; g <= row.groupCount(); g++) {
                joined.append(g > 1 ? " " : "").append(row.group(g).strip());
            }
            rows.add(joined.toString());
        }
        return rows;
    }
}
