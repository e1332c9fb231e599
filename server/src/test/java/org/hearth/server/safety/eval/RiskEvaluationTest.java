package org.hearth.server.safety.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskEvaluationTest {
    /** Our own tiny sample in the data set's shape; the third row is cut off inside its second post. */
    private static final String SAMPLE = """
            User,Post,Label
            user-a,"['I hope the new job goes well for you.', ""Don't give up, it's worth it""]",Supportive
            user-b,"['I want to kill myself', 'nobody\\'d notice']",Ideation
            user-c,"['I tried to kill myself last night', 'and now I am in hosp",Attempt
            user-d,"['nothing complete here",Indicator
            """;

    @Test
    void readsPythonListsWithBothQuotesAndEscapes() {
        PythonStringList.Parsed parsed = PythonStringList.parse("['it\\'s fine', \"she said \\\"hi\\\"\", 'a\\nb', '\\x41\\u00e9']");
        assertThat(parsed.complete()).isTrue();
        assertThat(parsed.items()).containsExactly("it's fine", "she said \"hi\"", "a\nb", "A\u00e9");
    }

    @Test
    void keepsTheCompletePostsOfACutOffList() {
        PythonStringList.Parsed parsed = PythonStringList.parse("['first post', 'second post', 'third po");
        assertThat(parsed.complete()).isFalse();
        assertThat(parsed.items()).containsExactly("first post", "second post");
        assertThat(PythonStringList.parse("['cut off right after an escape\\").items()).isEmpty();
        assertThat(PythonStringList.parse("not a list").items()).isEmpty();
        assertThat(PythonStringList.parse("[]")).isEqualTo(new PythonStringList.Parsed(List.of(), true));
    }

    @Test
    void readsUsersSalvagingCutOffRowsAndSkippingEmptyOnes() throws IOException {
        CssrsUsers users = CssrsUsers.read(new StringReader(SAMPLE));
        assertThat(users.rows()).isEqualTo(4);
        assertThat(users.salvaged()).isEqualTo(1);
        assertThat(users.skipped()).isEqualTo(1);
        assertThat(users.users()).extracting(CssrsUsers.User::label).containsExactly("Supportive", "Ideation", "Attempt");
        assertThat(users.users().get(0).posts()).containsExactly("I hope the new job goes well for you.",
                "Don't give up, it's worth it");
        assertThat(users.users().get(1).posts()).containsExactly("I want to kill myself", "nobody'd notice");
        assertThat(users.users().get(2).posts()).containsExactly("I tried to kill myself last night");
    }

    @Test
    void rejectsAnUnknownLabel() {
        String bad = "User,Post,Label\nuser-x,\"['hello']\",Unsure\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CssrsUsers.read(new StringReader(bad)))
                .isInstanceOf(IOException.class).hasMessageContaining("Unsure");
    }

    @Test
    void scoresUsersByTheirHighestPostAndReportsTheTargets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.csv");
        Files.writeString(file, SAMPLE);
        EvaluationReport report = new RiskEvaluation().evaluate(file);
        assertThat(report.body()).contains("4 rows: 3 users read (1 cut-off rows salvaged", "1 rows skipped");
        assertThat(report.body()).contains("flagged, Supportive users: 0.000 (0 of 1)");
        assertThat(report.body()).contains("flagged, Ideation   users: 1.000 (1 of 1)");
        assertThat(report.body()).contains("throughput:", "latency,");
        assertThat(report.targets()).hasSize(2);
        assertThat(report.targets().get(0).measured()).isEqualTo(1.0);
        assertThat(report.targets().get(1).measured()).isEqualTo(0.0);
        assertThat(report.allMet()).isTrue();
    }

    @Test
    void isRegisteredUnderItsName() {
        assertThat(SafetyEvaluations.all()).extracting(SafetyEvaluation::name).contains("risk");
        assertThat(new RiskEvaluation().dataFile()).isEqualTo("risk/reddit-cssrs-500-users.csv");
    }
}
