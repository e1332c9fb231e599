package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the safety filters' findings look like in real headless Chromiums: the console's hold
 * queue most urgent first whatever the order the posts came in, a crisis post impossible to miss,
 * support lines at once for its author, and filter notes as private notices and alerts. The safety classifiers' levels are
 * played by a stand-in filter that holds posts marked #watch, #urgent or #crisis at that level,
 * and leaves a note for the author and the moderators on posts marked #privacy.
 */
class TriageInChromiumTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private static final MessageFilter HOLDS_BY_MARK = new MessageFilter() {
        @Override
        public String name() {
            return "test-levels";
        }

        @Override
        public Verdict evaluate(Candidate candidate) {
            if (candidate.text().contains("#privacy")) {
                return new Verdict.Note("safety.disclosure", TriageLevel.WATCH,
                        new Verdict.Tell("privacy", "Your posts together say quite a lot about where you are."),
                        new Verdict.Tell("disclosure", "This member's posts together could identify them."));
            }
            for (TriageLevel level : List.of(TriageLevel.CRISIS, TriageLevel.URGENT, TriageLevel.WATCH)) {
                if (candidate.text().contains("#" + level.name().toLowerCase(java.util.Locale.ROOT))) {
                    return new Verdict.Hold("rule-1", level, "A moderator will read this first.");
                }
            }
            return Verdict.PASS;
        }
    };

    private final RunningServer server;
    private final String password;
    private Browser jo;
    private Browser member;
    private WsClient ash;

    TriageInChromiumTest() throws Exception {
        Path data = Files.createTempDirectory("hearth-data");
        password = ModeratorConsoleInChromiumTest.createModerator(data, "jo");
        server = RunningServer.start(data, room -> new FilterChain(List.of(HOLDS_BY_MARK)),
                "room.lounge.rule.1", "Be kind; everyone here is finding their way.",
                "room.lounge.support.1", "Samaritans (UK and Ireland): 116 123, any time, free");
    }

    @AfterEach
    void stop() throws Exception {
        try (Browser b = jo; Browser m = member; WsClient a = ash) {
            server.close();
        }
    }

    @Test
    void aMemberWhosePostIsHeldAsACrisisSeesTheSupportLinesAtOnceAndTheModeratorSeesThePostFirst() throws Exception {
        jo = ModeratorConsoleInChromiumTest.signInToConsole(new Browser(), server.url, "jo", password);
        member = new Browser();
        member.open(server.url);
        member.enterAs("rowan");
        ash = WsClient.joined(server.url, "ash", "lounge");
        ash.send(new ClientMessage.Send(LOUNGE, "u1", "an urgent one from someone else #urgent"));
        jo.waitForText("#queue-list", "#urgent");

        member.find("#text").sendKeys("I can't do this any more #crisis", org.openqa.selenium.Keys.ENTER);

        member.waitForText("#pending", "waiting for a moderator");
        assertThat(member.waitVisible("#support-list").getText()).contains("116 123");
        member.waitForText("#notice-list", "We’re glad you said something");
        assertThat(member.driver.switchTo().activeElement().getAttribute("id"))
                .as("the support lines open without taking the message box's focus").isEqualTo("text");
        member.screenshotForDocs("member-support-desktop");
        jo.waitForText("#queue-list", "I can't do this any more");
        assertThat(jo.driver.findElements(By.cssSelector("#queue-list li.held .text")).getFirst().getText())
                .isEqualTo("I can't do this any more #crisis");
    }

    @Test
    void aFiltersNoteReachesTheAuthorAsAPrivateNoticeAndTheModeratorAsAnAlert() throws Exception {
        jo = ModeratorConsoleInChromiumTest.signInToConsole(new Browser(), server.url, "jo", password);
        member = new Browser();
        member.open(server.url);
        member.enterAs("rowan");

        member.say("I live near the big station and work at the bakery #privacy");

        member.waitForText("#notice-list", "A gentle privacy reminder");
        assertThat(member.find("#notice-list").getText()).contains("say quite a lot about where you are");
        member.waitForText("#messages", "work at the bakery");
        jo.waitForText("#event-list", "alert (disclosure) about rowan");
        assertThat(jo.find("#event-list").getText()).contains("could identify them");
    }

    @Test
    void heldPostsAreQueuedCrisisFirstThenUrgentThenWatchAndACrisisIsAnnouncedInTheBannerAndTitle() throws Exception {
        jo = ModeratorConsoleInChromiumTest.signInToConsole(new Browser(), server.url, "jo", password);
        ash = WsClient.joined(server.url, "ash", "lounge");

        ash.send(new ClientMessage.Send(LOUNGE, "w1", "a first one to watch #watch"));
        ash.send(new ClientMessage.Send(LOUNGE, "u1", "an urgent one #urgent"));
        ash.send(new ClientMessage.Send(LOUNGE, "c1", "I don't want to be here any more #crisis"));
        jo.waitForText("#queue-list", "#crisis");
        jo.waitForText("#queue-list", "#watch");
        jo.waitForText("#queue-list", "#urgent");
        jo.screenshotForDocs("moderator-console");

        List<String> levels = jo.driver.findElements(By.cssSelector("#queue-list li.held .level")).stream()
                .map(WebElement::getText).toList();
        assertThat(levels).containsExactly("CRISIS", "URGENT", "WATCH");
        assertThat(jo.find("#crisis-banner").isDisplayed()).isTrue();
        assertThat(jo.find("#crisis-banner").getText()).contains("crisis post is waiting");
        assertThat(jo.driver.getTitle()).startsWith("(1 crisis)");
        assertThat(jo.find("#room-tabs").getText()).contains("1 crisis, 1 urgent, 1 watch");
        assertThat(jo.find("#sound").isSelected()).as("sound is off until the moderator turns it on").isFalse();
        assertThat(jo.consoleErrors()).as("no script errors or policy violations").isEmpty();
    }
}
