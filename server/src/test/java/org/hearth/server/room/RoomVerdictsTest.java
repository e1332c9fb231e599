package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.moderation.filter.RateLimitFilter;
import org.hearth.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Each of the four verdicts reaches the right people, and only them. */
class RoomVerdictsTest {

    /** A rule for these tests: decides by a word in the text. */
    private static final MessageFilter BY_KEYWORD = new MessageFilter() {
        @Override
        public String name() {
            return "keyword";
        }

        @Override
        public Verdict evaluate(Candidate candidate) {
            String text = candidate.text();
            int secret = text.indexOf("555-0100");
            if (secret >= 0) {
                return new Verdict.Redact("pii.phone", List.of(new Verdict.Span(secret, secret + 8)),
                        "We removed a phone number so that nobody can find you from it.");
            }
            if (text.contains("goodbye forever")) {
                return new Verdict.Hold("risk.goodbye", TriageLevel.CRISIS, "A moderator will look at this soon.");
            }
            if (text.contains("you idiot")) {
                return new Verdict.Reject("abuse.insult", ErrorCode.REJECTED_BY_RULE, "Rule 2: be kind to each other.");
            }
            return Verdict.PASS;
        }
    };

    private final ChatHarness harness = new ChatHarness(10, 4, List.of(BY_KEYWORD));
    private final ChatHarness.Member author = harness.joined("ash");
    private final ChatHarness.Member reader = harness.joined("birch");

    @Test
    void aPassedMessageReachesEveryMemberAndIsAckedWithItsSequence() {
        String id = author.send("hello all");

        assertThat(reader.messages()).extracting(ServerMessage.Message::text).containsExactly("hello all");
        assertThat(author.messages()).extracting(ServerMessage.Message::text).containsExactly("hello all");
        ServerMessage.Ack ack = author.connection.last(ServerMessage.Ack.class);
        assertThat(ack.clientMsgId()).isEqualTo(id);
        assertThat(ack.status()).isEqualTo(AckStatus.SENT);
        assertThat(ack.seq()).isEqualTo(1);
        assertThat(reader.connection.received(ServerMessage.Ack.class)).isEmpty();
    }

    @Test
    void aRedactedMessageReachesEveryoneWithoutTheDetailAndOnlyTheAuthorIsToldWhy() {
        author.send("call me on 555-0100 tonight");

        assertThat(reader.messages()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("call me on " + FilterChain.REDACTION_MARK + " tonight");
            assertThat(m.redacted()).isTrue();
        });
        assertThat(author.connection.last(ServerMessage.Notice.class)).satisfies(n -> {
            assertThat(n.kind()).isEqualTo("redacted");
            assertThat(n.rule()).isEqualTo("pii.phone");
        });
        assertThat(reader.connection.received(ServerMessage.Notice.class)).isEmpty();
        assertThat(harness.lounge.members()).hasSize(2);
    }

    @Test
    void aHeldMessageReachesNoMemberAndWaitsForAModeratorWhileItsAuthorIsTold() {
        author.send("this is goodbye forever");

        assertThat(reader.messages()).isEmpty();
        assertThat(author.messages()).isEmpty();
        ServerMessage.Ack ack = author.connection.last(ServerMessage.Ack.class);
        assertThat(ack.status()).isEqualTo(AckStatus.HELD);
        assertThat(ack.rule()).isEqualTo("risk.goodbye");
        assertThat(ack.code()).isEqualTo(ErrorCode.HELD_FOR_REVIEW.code());
        assertThat(ack.reason()).isNotBlank();
        assertThat(harness.lounge.holdQueue().inReviewOrder()).singleElement()
                .satisfies(held -> assertThat(held.hold().level()).isEqualTo(TriageLevel.CRISIS));
        assertThat(harness.lounge.headSeq()).as("no sequence number is used up").isZero();
    }

    @Test
    void aRejectedMessageReachesNobodyAndItsAuthorIsToldTheRule() {
        author.send("you idiot");

        assertThat(reader.messages()).isEmpty();
        ServerMessage.Ack ack = author.connection.last(ServerMessage.Ack.class);
        assertThat(ack.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(ack.rule()).isEqualTo("abuse.insult");
        assertThat(ack.code()).isEqualTo(ErrorCode.REJECTED_BY_RULE.code());
        assertThat(ack.seq()).isNull();
    }

    @Test
    void messagesBeyondTheRateAreRefusedUntilTimeRefillsTheAllowance() {
        MutableClock clock = ChatHarness.newClock();
        ChatHarness limited = new ChatHarness(clock, 100, 10, List.of(new RateLimitFilter(clock, 3)), Runnable::run);
        ChatHarness.Member fast = limited.joined("fast");
        ChatHarness.Member calm = limited.joined("calm");

        for (int i = 0; i < 4; i++) {
            fast.send("m" + i);
        }
        String refusedId = "m-refused";
        fast.send(refusedId, "one too many");

        assertThat(calm.messages()).hasSize(3);
        ServerMessage.Ack refused = fast.connection.last(ServerMessage.Ack.class);
        assertThat(refused.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED.code());

        calm.send("others are not limited by someone else's rate");
        assertThat(calm.messages()).hasSize(4);

        clock.advance(Duration.ofSeconds(20)); // a third of a minute: one message's allowance
        fast.send(refusedId, "one too many");
        assertThat(fast.connection.last(ServerMessage.Ack.class).status())
                .as("a rate-limited message may be resent with the same id").isEqualTo(AckStatus.SENT);
    }
}
