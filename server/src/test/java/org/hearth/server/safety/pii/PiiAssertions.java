package org.hearth.server.safety.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the tests ask of a detector's findings: the kinds found and the text each covers. */
final class PiiAssertions {
    private static final PiiDetector DETECTOR = new PiiDetector();

    private PiiAssertions() {
    }

    /** The findings of {@code kind} in {@code text}, as the covered text. */
    static List<String> found(PiiKind kind, String text) {
        return DETECTOR.find(text).stream().filter(f -> f.kind() == kind).map(f -> text.substring(f.start(), f.end())).toList();
    }

    static void assertFinds(PiiKind kind, String text, String expected) {
        assertThat(found(kind, text)).as("%s in \"%s\"", kind, text).containsExactly(expected);
    }

    static void assertFindsNo(PiiKind kind, String text) {
        assertThat(found(kind, text)).as("%s in \"%s\"", kind, text).isEmpty();
    }

    static void assertFindsNothing(String text) {
        assertThat(DETECTOR.find(text)).as("findings in \"%s\"", text).isEmpty();
    }
}
