package org.hearth.server.safety.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AbuseTermsTest {
    /** A tiny word list written for this test, in the resource's format. */
    private static final List<String> LIST = List.of(
            "# a comment",
            "[slur]",
            "zorbler",
            "bloop !",
            "[insult]",
            "grumpkin",
            "[threat-lead]",
            "i will",
            "[threat-verb]",
            "bonk",
            "[threat-object]",
            "you",
            "[exempt]",
            "zorbler cake");

    private final AbuseDetector detector = new AbuseDetector(AbuseTerms.parse(LIST));

    @Test
    void anAnchorWordAloneIsNotAPhrase() {
        AbuseTerms terms = AbuseTerms.parse(LIST);
        // "bonk" anchors "i will bonk you": the phrase must stand around it, whichever side the anchor is on
        String[] near = {"i", "wil", "bonk", "the", "drum"};
        String[] whole = {"so", "i", "wil", "bonk", "you"};
        assertThat(terms.anyPhraseAt(near, terms.anchorsIn(near))).isFalse();
        assertThat(terms.anyPhraseAt(whole, terms.anchorsIn(whole))).isTrue();
        assertThat(detector.assess("I will bonk the drum").kind()).isEqualTo(AbuseKind.NONE);
        assertThat(detector.assess("I will bonk you").kind()).isEqualTo(AbuseKind.THREAT);
    }

    @Test
    void listedWordsMatchWithTheirPluralAndMaskedSpellings() {
        assertThat(detector.assess("the zorblers again").kind()).isEqualTo(AbuseKind.SLUR);
        assertThat(detector.assess("z*rbler").kind()).isEqualTo(AbuseKind.SLUR);
        assertThat(detector.assess("you gr*mpkin").kind()).isEqualTo(AbuseKind.INSULT);
        assertThat(detector.assess("zorblerish").kind()).isEqualTo(AbuseKind.NONE);
    }

    @Test
    void aWordThatFoldsIntoAnotherNeedsItsRepeatedLetters() {
        assertThat(detector.assess("bloop").kind()).isEqualTo(AbuseKind.SLUR);
        assertThat(detector.assess("b l o o p").kind()).isEqualTo(AbuseKind.SLUR);
        assertThat(detector.assess("blop").kind()).isEqualTo(AbuseKind.NONE);
    }

    @Test
    void threatsAreEveryLeadWithEveryVerbAndObject() {
        assertThat(detector.assess("I will bonk you").kind()).isEqualTo(AbuseKind.THREAT);
        assertThat(detector.assess("I will bonk @sam").kind()).isEqualTo(AbuseKind.THREAT);
        assertThat(detector.assess("I will not bonk you").kind()).isEqualTo(AbuseKind.NONE);
    }

    @Test
    void anExemptPhraseCancelsWhatItHolds() {
        assertThat(detector.assess("have some zorbler cake").kind()).isEqualTo(AbuseKind.NONE);
    }

    @Test
    void aPhraseBeforeAnySectionIsAnError() {
        assertThatThrownBy(() -> AbuseTerms.parse(List.of("zorbler"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AbuseTerms.parse(List.of("[nonsense]", "zorbler")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedListLoadsAndOneDetectorServesManyThreads() throws Exception {
        AbuseDetector shipped = new AbuseDetector();
        List<String> texts = List.of("you're pathetic", "this week has been shit", "I will find you and hurt you",
                "nobody wants you here", "my trans sister came along");
        List<AbuseKind> expected = texts.stream().map(text -> shipped.assess(text).kind()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 2_000; round++) {
                        int i = round % texts.size();
                        if (shipped.assess(texts.get(i)).kind() != expected.get(i)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).containsExactly(AbuseKind.INSULT, AbuseKind.NONE, AbuseKind.THREAT,
                AbuseKind.HARASSMENT, AbuseKind.NONE);
    }
}
