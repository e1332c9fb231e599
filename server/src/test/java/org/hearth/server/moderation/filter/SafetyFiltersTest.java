package org.hearth.server.moderation.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.server.SafetyClassifiers;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The safety filters with the classifiers Hearth ships, under each of the charter's policies. */
class SafetyFiltersTest {
    private static final SafetyClassifiers SAFETY = SafetyClassifiers.standard();
    private static final List<String> SUPPORT = List.of("Samaritans: call 116 123, any time");
    private static final String CRISIS = "I've written my goodbye letters and I'm going to take all my pills tonight";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));

    private static Candidate says(String text) {
        return new Candidate(new RoomId("lounge"), "m1", new Handle("ash"), text, Instant.EPOCH);
    }

    private static RiskFilter risk(boolean hold, boolean precluded) {
        return new RiskFilter(SAFETY.risk(), hold, precluded, SUPPORT);
    }

    @Test
    void aCrisisIsHeldAtCrisisLevelWhereTheRoomHoldsRisk() {
        assertThat(risk(true, false).evaluate(says(CRISIS))).isInstanceOfSatisfying(Verdict.Hold.class, hold -> {
            assertThat(hold.level()).isEqualTo(TriageLevel.CRISIS);
            assertThat(hold.rule()).isEqualTo(RiskFilter.NAME);
        });
    }

    @Test
    void whereTheRoomAllowsRiskWithSupportTheCrisisFlowsWithSupportForTheAuthorAndAnAlert() {
        assertThat(risk(false, false).evaluate(says(CRISIS))).isInstanceOfSatisfying(Verdict.Note.class, note -> {
            assertThat(note.level()).isEqualTo(TriageLevel.CRISIS);
            assertThat(note.author().kind()).isEqualTo("support");
            assertThat(note.author().text()).contains("Samaritans");
            assertThat(note.moderators().kind()).isEqualTo("risk");
        });
    }

    @Test
    void aRoomThatPrecludesSuicideDiscussionHoldsAPastAttemptThatOthersWouldLetThrough() {
        String past = "Years ago I tried to overdose on pills, and I'm glad I'm still here";

        assertThat(risk(true, true).evaluate(says(past))).isInstanceOfSatisfying(Verdict.Hold.class,
                hold -> assertThat(hold.rule()).isEqualTo(RiskFilter.PRECLUDED_RULE));
        assertThat(risk(true, false).evaluate(says(past))).isNotInstanceOf(Verdict.Hold.class);
    }

    @Test
    void worryAboutSomeoneElseFlowsWithHelpersWordsAndAnAlert() {
        assertThat(risk(true, false).evaluate(says("my friend said she wants to kill herself and I don't know what to do")))
                .isInstanceOfSatisfying(Verdict.Note.class, note -> {
                    assertThat(note.author().text()).contains("someone you care about");
                    assertThat(note.moderators()).isNotNull();
                });
    }

    @Test
    void idiomsAndEverydaySadnessPassTheRiskFilter() {
        assertThat(risk(true, true).evaluate(says("this exam is killing me, I could murder a pizza"))).isSameAs(Verdict.PASS);
        assertThat(risk(true, true).evaluate(says("I've felt low all week and cried at the bus stop"))).isSameAs(Verdict.PASS);
    }

    @Test
    void personalDetailsAreRedactedAndNamedWhileLinksFollowTheRoomsPolicy() {
        String text = "call me on +44 7700 900123 or see selfcare.co.uk/tips";

        FilterChain allowing = new FilterChain(List.of(new PersonalDetailsFilter(SAFETY.personalDetails(), true)));
        FilterChain refusing = new FilterChain(List.of(new PersonalDetailsFilter(SAFETY.personalDetails(), false)));
        FilterChain.Result allowed = allowing.evaluate(says(text), true);
        FilterChain.Result refused = refusing.evaluate(says(text), true);

        assertThat(allowed.text()).isEqualTo("call me on [removed] or see selfcare.co.uk/tips");
        assertThat(allowed.redactions()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(PersonalDetailsFilter.NAME);
            assertThat(r.notice()).contains("a phone number");
        });
        assertThat(refused.text()).isEqualTo("call me on [removed] or see [removed]");
    }

    @Test
    void linksAloneAreRemovedUnderTheLinksRuleWhereRefused() {
        FilterChain refusing = new FilterChain(List.of(new PersonalDetailsFilter(SAFETY.personalDetails(), false)));

        FilterChain.Result result = refusing.evaluate(says(
                "this helped me: https://example.org/sleep?x=1 and also www.example.com, or selfcare.co.uk/tips"), true);

        assertThat(result.text()).isEqualTo("this helped me: [removed] and also [removed], or [removed]");
        assertThat(result.redactions()).singleElement().satisfies(r -> assertThat(r.rule()).isEqualTo("links"));
        assertThat(refusing.evaluate(says("I slept 6.5 hours. Then... coffee. e.g. tea is fine."), true).redacted())
                .isFalse();
    }

    @Test
    void anAttackOnAMemberIsHeldOrRefusedPerPolicyAndVentingFlows() {
        String attack = "you are a pathetic idiot";

        assertThat(new AbuseFilter(SAFETY.abuse(), true).evaluate(says(attack))).isInstanceOf(Verdict.Hold.class);
        assertThat(new AbuseFilter(SAFETY.abuse(), false).evaluate(says(attack))).isInstanceOfSatisfying(
                Verdict.Reject.class, reject -> assertThat(reject.code()).isEqualTo(ErrorCode.REJECTED_BY_RULE));
        assertThat(new AbuseFilter(SAFETY.abuse(), true).evaluate(says("this week has been shit and I hate it")))
                .isSameAs(Verdict.PASS);
    }

    @Test
    void theDisclosureNudgeComesAtTheThresholdOnceAndAgainOnlyAfterTheCoolDown() {
        DisclosureTallyFilter tally = new DisclosureTallyFilter(SAFETY.disclosures(), clock, 3, Duration.ofDays(7),
                Duration.ofHours(24));

        Verdict age = tally.evaluate(says("I'm 34 and most days are hard"));
        Verdict town = tally.evaluate(says("I live in Leeds, it rains a lot"));
        Verdict work = tally.evaluate(says("I work at Tesco on the night shift"));
        Verdict more = tally.evaluate(says("I'm a nurse, by the way"));
        clock.advance(Duration.ofHours(25));
        Verdict afterCoolDown = tally.evaluate(says("I work at Tesco, still"));

        assertThat(age).isSameAs(Verdict.PASS);
        assertThat(town).isSameAs(Verdict.PASS);
        assertThat(work).isInstanceOfSatisfying(Verdict.Note.class, note -> {
            assertThat(note.author().kind()).isEqualTo("privacy");
            assertThat(note.author().text()).contains("your age", "your town or area", "where you work")
                    .doesNotContain("Leeds", "Tesco", "34");
            assertThat(note.moderators().text()).contains("age", "town or area", "workplace").doesNotContain("Leeds");
        });
        assertThat(more).as("within the cool-down").isSameAs(Verdict.PASS);
        assertThat(afterCoolDown).isInstanceOf(Verdict.Note.class);
    }

    @Test
    void mentionsOlderThanTheWindowNoLongerCount() {
        DisclosureTallyFilter tally = new DisclosureTallyFilter(SAFETY.disclosures(), clock, 3, Duration.ofDays(7),
                Duration.ofHours(24));
        tally.evaluate(says("I'm 34 and most days are hard"));
        tally.evaluate(says("I live in Leeds, it rains a lot"));
        clock.advance(Duration.ofDays(8));

        assertThat(tally.evaluate(says("I work at Tesco on the night shift"))).isSameAs(Verdict.PASS);
    }
}
