package org.hearth.server.safety.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbuseEvaluationTest {
    /** Written for this test in the data set's layout; not taken from the data. */
    private static final String SAMPLE = """
            ,count,hate_speech,offensive_language,neither,class,tweet
            0,3,0,0,3,2,"RT @someone: lovely walk today &amp; the sun came out, finally"
            1,3,2,1,0,0,@other nobody wants you here you faggot
            2,3,0,3,0,1,"this week has been shit &#128514;
            second line"
            3,3,0,0,3,2,is the new cafe open yet?
            """;

    @Test
    void readsLabelsAndDecodesEntitiesAndQuotedFields() throws IOException {
        List<AbuseEvaluation.LabelledTweet> tweets = AbuseEvaluation.read(new StringReader(SAMPLE));

        assertThat(tweets).extracting(AbuseEvaluation.LabelledTweet::label)
                .containsExactly("neither", "hate", "offensive", "neither");
        assertThat(tweets.get(0).text()).isEqualTo("RT @someone: lovely walk today & the sun came out, finally");
        assertThat(tweets.get(2).text()).isEqualTo("this week has been shit \uD83D\uDE02\nsecond line");
    }

    @Test
    void anUnknownClassIsAnError() {
        String bad = ",count,hate_speech,offensive_language,neither,class,tweet\n0,3,0,0,3,7,hello\n";
        assertThatThrownBy(() -> AbuseEvaluation.read(new StringReader(bad))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresTheSampleAndReportsBothTargets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.csv");
        Files.writeString(file, SAMPLE);

        EvaluationReport report = new AbuseEvaluation().evaluate(file);

        assertThat(report.targets()).hasSize(2);
        assertThat(report.targets().get(0).measured()).isEqualTo(1.0); // the one hate tweet is flagged
        assertThat(report.targets().get(1).measured()).isEqualTo(0.0); // neither neutral tweet is
        assertThat(report.allMet()).isTrue();
        assertThat(report.body()).contains("hate speech flagged").contains("throughput");
    }

    @Test
    void decodesNamedAndNumericEntitiesAndLeavesOthersAlone() {
        assertThat(HtmlEntities.decode("a &amp; b &lt;3 &#8220;hi&#8221; &#x1F602; &bogus; & done"))
                .isEqualTo("a & b <3 \u201Chi\u201D \uD83D\uDE02 &bogus; & done");
    }

    @Test
    void isRegisteredWithTheCommand() {
        assertThat(SafetyEvaluations.all()).extracting(SafetyEvaluation::name).contains("abuse");
    }
}
