package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.auth.Account;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.Role;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.junit.jupiter.api.Test;

/** Moderators decide held messages; nobody else can. */
class RoomModerationTest {
    private static final MessageFilter HOLDS_MARKED = new MessageFilter() {
        @Override
        public String name() {
            return "test-hold";
        }

        @Override
        public Verdict evaluate(Candidate candidate) {
            if (candidate.text().contains("#crisis")) {
                return new Verdict.Hold("risk.crisis", TriageLevel.CRISIS, "A moderator will look at this soon.");
            }
            return candidate.text().contains("#hold")
                    ? new Verdict.Hold("rule-3", TriageLevel.WATCH, "A moderator will look at this first.")
                    : Verdict.PASS;
        }
    };

    private final ChatHarness harness = new ChatHarness(100, 100, List.of(HOLDS_MARKED));

    private static Principal moderatorOf(String room) {
        return new Principal(new Account("jo", Role.MODERATOR, Set.of(new RoomId(room)), "$unused"),
                Instant.parse("2030-01-01T00:00:00Z"));
    }

    private static String heldId(ChatHarness.Member moderator) {
        return moderator.connection.last(ServerMessage.Held.class).heldId();
    }

    @Test
    void aHoldAndADecisionAndAModeratorComingOrGoingTellTheOperatorsViewAtOnceButAPlainPostDoesNot() {
        ChatHarness.Member ash = harness.joined("ash");
        int before = harness.pulseChanges.get();
        ash.send("p1", "an ordinary message");
        assertThat(harness.pulseChanges.get()).as("a post that passes").isEqualTo(before);

        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        assertThat(harness.pulseChanges.get()).as("a moderator came on duty").isEqualTo(before + 1);
        ash.send("h1", "please look at this first #hold");
        assertThat(harness.pulseChanges.get()).as("a post held").isEqualTo(before + 2);
        harness.chat.command(jo.session, new ClientMessage.Decline(ChatHarness.LOUNGE, heldId(jo), "rule-3", null));
        assertThat(harness.pulseChanges.get()).as("a held post declined").isEqualTo(before + 3);
        jo.drop();
        assertThat(harness.pulseChanges.get()).as("the moderator went").isEqualTo(before + 4);
    }

    @Test
    void aHeldMessageReachesNoMemberUntilApprovedThenReachesAllInOrder() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        ash.send("h1", "please look at this first #hold");
        ash.send("p1", "an ordinary message");

        ServerMessage.Held held = jo.connection.last(ServerMessage.Held.class);
        assertThat(held.text()).isEqualTo("please look at this first #hold");
        assertThat(held.rule()).isEqualTo("rule-3");
        assertThat(birch.messages()).extracting(ServerMessage.Message::text).containsExactly("an ordinary message");

        harness.chat.command(jo.session, new ClientMessage.Approve(ChatHarness.LOUNGE, held.heldId()));

        assertThat(birch.messages()).extracting(ServerMessage.Message::text, ServerMessage.Message::seq).containsExactly(
                org.assertj.core.groups.Tuple.tuple("an ordinary message", 1L),
                org.assertj.core.groups.Tuple.tuple("please look at this first #hold", 2L));
        assertThat(ash.connection.received(ServerMessage.Ack.class)).filteredOn(a -> a.clientMsgId().equals("h1"))
                .extracting(ServerMessage.Ack::status).containsExactly(AckStatus.HELD, AckStatus.SENT);
        assertThat(jo.connection.last(ServerMessage.Resolved.class)).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("approved");
            assertThat(r.by()).isEqualTo("jo");
            assertThat(r.seq()).isEqualTo(2L);
        });
        assertThat(harness.lounge.holdQueue().size()).isZero();
    }

    @Test
    void aDeclinedMessageReachesNobodyAndItsAuthorIsToldTheRule() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        ash.send("h1", "is this ok? #hold");

        harness.chat.command(jo.session, new ClientMessage.Decline(ChatHarness.LOUNGE, heldId(jo), "rule-2", null));

        ServerMessage.Ack declined = ash.connection.last(ServerMessage.Ack.class);
        assertThat(declined.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(declined.code()).isEqualTo(ErrorCode.REJECTED_BY_RULE.code());
        assertThat(declined.rule()).isEqualTo("rule-2");
        assertThat(declined.reason()).contains("rule-2");
        assertThat(birch.messages()).isEmpty();
        assertThat(jo.connection.last(ServerMessage.Resolved.class).outcome()).isEqualTo("declined");
    }

    @Test
    void aMemberCannotDecideAHeldMessageAndNothingHappens() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        ash.send("h1", "#hold");
        String heldId = heldId(jo);

        harness.chat.command(ash.session, new ClientMessage.Approve(ChatHarness.LOUNGE, heldId));

        assertThat(ash.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        assertThat(ash.messages()).isEmpty();
        assertThat(harness.lounge.holdQueue().size()).isEqualTo(1);
    }

    @Test
    void aModeratorOfAnotherRoomCannotDecideHere() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        ChatHarness.Member other = harness.staff("kim", moderatorOf("attic"));
        ash.send("h1", "#hold");

        harness.chat.command(other.session, new ClientMessage.Approve(ChatHarness.LOUNGE, heldId(jo)));

        assertThat(other.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        assertThat(other.connection.received(ServerMessage.Held.class)).as("not shown to them either").isEmpty();
        assertThat(harness.lounge.holdQueue().size()).isEqualTo(1);
    }

    @Test
    void aSecondDecisionOnTheSameMessageIsRefused() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        ash.send("h1", "#hold");
        String heldId = heldId(jo);
        harness.chat.command(jo.session, new ClientMessage.Approve(ChatHarness.LOUNGE, heldId));

        harness.chat.command(jo.session, new ClientMessage.Decline(ChatHarness.LOUNGE, heldId, "rule-2", null));

        assertThat(jo.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.UNKNOWN_HELD_MESSAGE.code());
        assertThat(ash.messages()).hasSize(1);
    }

    @Test
    void aModeratorWhoJoinsLaterSeesTheQueueMostUrgentFirst() {
        ChatHarness.Member ash = harness.joined("ash");
        ash.send("h1", "later please #hold");
        ash.send("h2", "goodbye #crisis");

        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));

        assertThat(jo.connection.received(ServerMessage.Held.class)).extracting(ServerMessage.Held::level)
                .containsExactly("crisis", "watch");
    }

    @Test
    void everyDecisionIsInTheAuditLogWithWhoWhatAndTheRule() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        ash.send("h1", "first #hold");
        harness.chat.command(jo.session, new ClientMessage.Approve(ChatHarness.LOUNGE, heldId(jo)));
        ash.send("h2", "second #hold");
        harness.chat.command(jo.session, new ClientMessage.Decline(ChatHarness.LOUNGE, heldId(jo), "rule-2", null));

        List<org.hearth.server.store.AuditLog.Entry> log = harness.audit.page("lounge", Long.MAX_VALUE, 10).reversed();

        assertThat(log).extracting(e -> e.actor() + " " + e.action() + " " + e.targetMember() + " " + e.rule())
                .containsExactly(
                        "filter:test-hold held ash rule-3",
                        "moderator:jo approved ash null",
                        "filter:test-hold held ash rule-3",
                        "moderator:jo declined ash rule-2");
        assertThat(log.getFirst().detail()).isEqualTo("watch");
        assertThat(log.get(1).detail()).isEqualTo("seq:1");
    }

    @Test
    void theDutyBoardShowsAModeratorOnDutyWhileOneIsInTheRoom() {
        assertThat(harness.duty.onDuty(ChatHarness.LOUNGE)).isFalse();
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        harness.joined("ash");
        assertThat(harness.duty.onDuty(ChatHarness.LOUNGE)).isTrue();

        jo.drop();

        assertThat(harness.duty.onDuty(ChatHarness.LOUNGE)).isFalse();
    }

    @Test
    void anAuthorWhoseMessageShowsUrgentRiskGetsTheRoomsSupportResourcesAtOnceAndAWatchHoldDoesNot() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");

        ash.send("h1", "I can't do this anymore #crisis");
        birch.send("h2", "not sure about this #hold");

        assertThat(ash.connection.last(ServerMessage.Notice.class)).satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo("support");
            assertThat(notice.text()).contains("116 123");
        });
        assertThat(birch.connection.received(ServerMessage.Notice.class)).isEmpty();
    }

    @Test
    void editAndApprovePostsTheModeratorsVersionAndTellsTheAuthorWhy() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        ChatHarness.Member jo = harness.staff("jo", moderatorOf("lounge"));
        ash.send("h1", "my flatmate Dave Jones is driving me mad #hold");

        harness.chat.command(jo.session, new ClientMessage.Approve(ChatHarness.LOUNGE, heldId(jo),
                "my flatmate is driving me mad", "rule-2"));

        assertThat(birch.messages()).extracting(ServerMessage.Message::text).containsExactly("my flatmate is driving me mad");
        assertThat(ash.connection.last(ServerMessage.Notice.class)).satisfies(n -> {
            assertThat(n.kind()).isEqualTo("edited");
            assertThat(n.rule()).isEqualTo("rule-2");
        });
        assertThat(jo.connection.last(ServerMessage.Resolved.class).outcome()).isEqualTo("approved-edited");
    }
}
