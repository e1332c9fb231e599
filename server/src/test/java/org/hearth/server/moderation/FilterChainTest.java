package org.hearth.server.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.junit.jupiter.api.Test;

class FilterChainTest {
    private static final Candidate MESSAGE = new Candidate(new RoomId("lounge"), "m1", new Handle("ash"),
            "my number is 555-0100, call me", Instant.EPOCH);

    private static MessageFilter filter(String name, java.util.function.Function<Candidate, Verdict> decide) {
        return new MessageFilter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Verdict evaluate(Candidate candidate) {
                return decide.apply(candidate);
            }
        };
    }

    @Test
    void aFilterThatThrowsHoldsTheMessageForAModeratorInsteadOfLosingIt() {
        FilterChain chain = new FilterChain(List.of(filter("broken", c -> {
            throw new IllegalStateException("boom");
        })));

        FilterChain.Result result = chain.evaluate(MESSAGE, true);

        assertThat(result.stop()).isInstanceOfSatisfying(Verdict.Hold.class,
                hold -> assertThat(hold.rule()).isEqualTo("filter-failed:broken"));
        assertThat(result.stoppedBy()).isEqualTo("broken");
        assertThat(result.text()).isEqualTo(MESSAGE.text());
        assertThat(chain.failures()).isEqualTo(1);
    }

    @Test
    void redactionsCombineAndLaterFiltersSeeTheRedactedText() {
        String[] seenByLast = new String[1];
        FilterChain chain = new FilterChain(List.of(
                filter("phone", c -> new Verdict.Redact("pii.phone", List.of(new Verdict.Span(13, 21)), "phone removed")),
                filter("call", c -> new Verdict.Redact("words", List.of(new Verdict.Span(c.text().indexOf("call"),
                        c.text().indexOf("call") + 4)), "word removed")),
                filter("last", c -> {
                    seenByLast[0] = c.text();
                    return Verdict.PASS;
                })));

        FilterChain.Result result = chain.evaluate(MESSAGE, true);

        assertThat(result.stop()).isNull();
        assertThat(result.text()).isEqualTo("my number is [removed], [removed] me");
        assertThat(seenByLast[0]).isEqualTo(result.text());
        assertThat(result.redactions()).extracting(Verdict.Redact::rule).containsExactly("pii.phone", "words");
        assertThat(result.redactedBy()).containsExactly("phone", "call");
    }

    @Test
    void theFirstHoldOrRejectStopsTheChain() {
        boolean[] ranAfter = {false};
        FilterChain chain = new FilterChain(List.of(
                filter("rejects", c -> new Verdict.Reject("rule-2", org.hearth.protocol.ErrorCode.REJECTED_BY_RULE, "no")),
                filter("after", c -> {
                    ranAfter[0] = true;
                    return Verdict.PASS;
                })));

        assertThat(chain.evaluate(MESSAGE, true).stoppedBy()).isEqualTo("rejects");
        assertThat(ranAfter[0]).isFalse();
    }

    private static final Verdict.Note WATCH_NOTE = new Verdict.Note("safety.risk", TriageLevel.WATCH, null,
            new Verdict.Tell("risk", "worth a look"));

    @Test
    void notesAreCollectedAndDoNotStopTheChain() {
        boolean[] ranAfter = {false};
        FilterChain chain = new FilterChain(List.of(filter("notes", c -> WATCH_NOTE), filter("after", c -> {
            ranAfter[0] = true;
            return Verdict.PASS;
        })));

        FilterChain.Result result = chain.evaluate(MESSAGE, true);

        assertThat(result.stop()).isNull();
        assertThat(result.notes()).containsExactly(WATCH_NOTE);
        assertThat(ranAfter[0]).isTrue();
    }

    @Test
    void holdAllHoldsEveryPostOnlyWhileNoModeratorIsOnDuty() {
        FilterChain chain = new FilterChain(List.of(filter("passes", c -> Verdict.PASS)), UnmoderatedPolicy.HOLD_ALL);

        assertThat(chain.evaluate(MESSAGE, true).stop()).isNull();
        assertThat(chain.evaluate(MESSAGE, false).stop()).isInstanceOfSatisfying(Verdict.Hold.class,
                hold -> assertThat(hold.rule()).isEqualTo(UnmoderatedPolicy.RULE));
    }

    @Test
    void holdFlaggedHoldsOnlyPostsAFilterHadSomethingToSayAboutAtTheirLevel() {
        FilterChain plain = new FilterChain(List.of(filter("passes", c -> Verdict.PASS)), UnmoderatedPolicy.HOLD_FLAGGED);
        FilterChain noted = new FilterChain(List.of(filter("notes", c -> WATCH_NOTE)), UnmoderatedPolicy.HOLD_FLAGGED);

        assertThat(plain.evaluate(MESSAGE, false).stop()).isNull();
        assertThat(noted.evaluate(MESSAGE, false).stop()).isInstanceOfSatisfying(Verdict.Hold.class,
                hold -> assertThat(hold.level()).isEqualTo(TriageLevel.WATCH));
        assertThat(noted.evaluate(MESSAGE, true).stop()).isNull();
    }

    @Test
    void flowLetsPostsThroughWithoutAModerator() {
        FilterChain chain = new FilterChain(List.of(filter("notes", c -> WATCH_NOTE)), UnmoderatedPolicy.FLOW);

        assertThat(chain.evaluate(MESSAGE, false).stop()).isNull();
    }

    @Test
    void aFilterThatOverrunsItsBudgetHoldsTheMessageInsteadOfTrustingItsVerdict() {
        long[] now = {0};
        MessageFilter slow = filter("slow", c -> {
            now[0] += 150_000_000L; // as if it took 150 ms
            return Verdict.PASS;
        });
        MessageFilter quick = filter("quick", c -> {
            now[0] += 20_000L;
            return Verdict.PASS;
        });

        FilterChain.Result overrun = new FilterChain(List.of(slow), UnmoderatedPolicy.FLOW, () -> now[0], 100_000_000L)
                .evaluate(MESSAGE, true);
        FilterChain.Result inTime = new FilterChain(List.of(quick), UnmoderatedPolicy.FLOW, () -> now[0], 100_000_000L)
                .evaluate(MESSAGE, true);

        assertThat(overrun.stop()).isInstanceOfSatisfying(Verdict.Hold.class,
                hold -> assertThat(hold.rule()).isEqualTo("filter-failed:slow"));
        assertThat(inTime.stop()).isNull();
    }

    @Test
    void eachFilterIsTimedAndTheTimingsAreKeptWhenAFilterIsPutFirst() {
        long[] now = {0};
        MessageFilter slow = filter("slow", c -> {
            now[0] += 150_000_000L; // overruns the budget: still timed
            return Verdict.PASS;
        });
        MessageFilter quick = filter("quick", c -> {
            now[0] += 20_000L;
            return Verdict.PASS;
        });
        List<String> timed = new java.util.ArrayList<>();
        FilterChain chain = new FilterChain(List.of(quick), UnmoderatedPolicy.FLOW, () -> now[0], 100_000_000L)
                .timedBy((name, nanos) -> timed.add(name + "=" + nanos))
                .withFirst(slow);

        chain.evaluate(MESSAGE, true);

        assertThat(timed).containsExactly("slow=150000000");
        now[0] = 0;
        chain.withFirst(filter("broken", c -> {
            now[0] += 5;
            throw new IllegalStateException("boom");
        })).evaluate(MESSAGE, true);
        assertThat(timed).containsExactly("slow=150000000", "broken=5");
    }

    @Test
    void laterFiltersReadTheRedactedTextAfreshNotWhatWasReadBeforeTheRedaction() {
        org.hearth.server.safety.text.MessageText.Reading<String> seen =
                new org.hearth.server.safety.text.MessageText.Reading<>(message -> message.text());
        List<String> read = new java.util.ArrayList<>();
        FilterChain chain = new FilterChain(List.of(
                filter("reader", c -> {
                    read.add(c.message().read(seen));
                    return Verdict.PASS;
                }),
                filter("redactor", c -> new Verdict.Redact("redactor", List.of(new Verdict.Span(13, 21)), null)),
                filter("reader-again", c -> {
                    read.add(c.message().read(seen));
                    return Verdict.PASS;
                })));

        chain.evaluate(MESSAGE, true);

        assertThat(read).containsExactly("my number is 555-0100, call me", "my number is [removed], call me");
    }
}
