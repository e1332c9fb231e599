package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.auth.Accounts;
import org.hearth.server.auth.PasswordHasher;
import org.hearth.server.auth.Role;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.Stores;
import org.hearth.server.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The moderator console and the member page together in real headless Chromiums, against the real
 * server: a signed-in moderator decides held posts, removes posts and mutes members, and the
 * members' pages show it. The lounge holds posts with "pineapple" in them (its held-words list),
 * so a hold is deterministic.
 */
class ModeratorConsoleInChromiumTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final RunningServer server;
    private final String password;
    private final List<AutoCloseable> opened = new ArrayList<>();

    ModeratorConsoleInChromiumTest() throws Exception {
        Path data = Files.createTempDirectory("hearth-data");
        password = createModerator(data, "jo");
        server = RunningServer.start(data, "room.lounge.words.hold", "pineapple",
                "room.lounge.rule.1", "Be kind; everyone here is finding their way.",
                "room.lounge.rule.2", "Keep names, addresses and phone numbers out of the room.",
                "room.lounge.support.1", "Samaritans (UK and Ireland): 116 123, any time, free");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            for (AutoCloseable closeable : opened.reversed()) {
                closeable.close();
            }
        } finally {
            server.close();
        }
    }

    private Browser browser() throws Exception {
        Browser browser = new Browser();
        opened.add(browser);
        return browser;
    }

    private Browser member(String handle) throws Exception {
        Browser browser = browser();
        browser.open(server.url);
        browser.enterAs(handle);
        browser.waitForText("#connection", "connected");
        return browser;
    }

    private WsClient wsMember(String handle) {
        WsClient client = WsClient.joined(server.url, handle, "lounge");
        opened.add(client);
        return client;
    }

    private Browser moderator() throws Exception {
        return signInToConsole(browser(), server.url, "jo", password);
    }

    /** Makes a moderator account of the lounge in a data folder, before the server starts; returns its password. */
    static String createModerator(Path data, String name) throws Exception {
        try (Stores stores = SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 100))) {
            return new Accounts(stores.accounts(), new PasswordHasher()).create(name, Role.MODERATOR, Set.of(LOUNGE));
        }
    }

    /** Opens the console in `browser`, signs in with the form and waits until the rooms are joined. */
    static Browser signInToConsole(Browser browser, java.net.URI server, String name, String password) {
        browser.open(server.resolve("/moderate.html"));
        browser.waitVisible("#account").sendKeys(name);
        browser.find("#password").sendKeys(password);
        browser.find("#sign-in-submit").click();
        browser.waitVisible("#desk");
        browser.waitForText("#connection", "signed in as " + name);
        return browser;
    }

    @Test
    void aHeldPostWaitsForItsAuthorIsHiddenFromOthersAndAppearsForBothOnceTheModeratorApprovesIt() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");
        Browser birch = member("birch");

        ash.say("I keep thinking about pineapple");
        ash.waitForText("#pending", "waiting for a moderator");
        jo.waitForText("#queue-list", "I keep thinking about pineapple");
        ash.say("and an ordinary one");
        birch.waitForText("#messages", "and an ordinary one");
        assertThat(birch.find("#messages").getText()).as("held back from the other member").doesNotContain("pineapple");
        assertThat(jo.find("#room-tabs").getText()).contains("1 watch");
        jo.screenshot("moderator-console-watch");

        jo.find("#queue-list li.held").sendKeys("a"); // one keystroke approves the focused post

        birch.waitForText("#messages", "I keep thinking about pineapple");
        ash.waitForText("#messages", "I keep thinking about pineapple");
        wait(ash).until(d -> d.findElements(By.cssSelector("#pending li")).isEmpty());
        jo.waitForText("#queue-empty", "Nothing is waiting");
        List<String> expected = List.of("and an ordinary one", "I keep thinking about pineapple");
        assertThat(texts(birch, "#messages .msg .text")).containsExactlyElementsOf(expected);
        assertThat(texts(ash, "#messages .msg .text")).containsExactlyElementsOf(expected);
    }

    @Test
    void aModeratorAnswersAHeldMemberInTheRoomFromTheConsole() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");

        ash.say("I keep thinking about pineapple");
        jo.waitForText("#queue-list", "I keep thinking about pineapple");
        jo.find("#say-text").sendKeys("I'm here and reading, ash. Take your time." + org.openqa.selenium.Keys.ENTER);

        ash.waitForText("#messages", "I'm here and reading, ash. Take your time.");
        jo.waitForText("#mod-messages", "I'm here and reading, ash. Take your time.");
        assertThat(jo.find("#say-text").getAttribute("value")).as("the box is cleared once sent").isEmpty();
    }

    @Test
    void aDeclinedPostTellsItsAuthorTheRuleChosenInThePicker() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");

        ash.say("pineapple and my street name");
        jo.waitForText("#queue-list", "pineapple and my street name");
        new Select(jo.find("#queue-list select.rule-pick")).selectByValue("rule-2");
        jo.find("#queue-list button[data-action='decline']").click();

        ash.waitForText("#pending", "declined by a moderator");
        assertThat(ash.find("#pending").getText()).contains("Keep names, addresses and phone numbers out of the room.");
    }

    @Test
    void aModeratorsRemovalReplacesTheTextInBothMembersBrowsers() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");
        Browser birch = member("birch");
        birch.say("this post breaks rule two");
        ash.waitForText("#messages", "this post breaks rule two");
        jo.waitForText("#mod-messages", "this post breaks rule two");

        jo.find("#mod-messages button[data-seq]").click();
        new Select(jo.waitVisible("#act-rule")).selectByValue("rule-2");
        jo.find("#act-form button[value='redact']").click();

        ash.waitForText("#messages", "removed by a moderator: rule-2");
        birch.waitForText("#messages", "removed by a moderator: rule-2");
        assertThat(ash.find("#messages").getText()).doesNotContain("this post breaks rule two");
        assertThat(birch.find("#messages").getText()).doesNotContain("this post breaks rule two");
        jo.waitForText("#status", "Done: redact");
    }

    @Test
    void aMutedMemberSeesTheMuteWithTheTimeLeftAndCannotSend() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");
        ash.say("hello everyone");
        jo.waitForText("#mod-messages", "hello everyone");

        jo.find("#mod-messages button[data-seq]").click();
        new Select(jo.waitVisible("#act-minutes")).selectByValue("10");
        jo.find("#act-form button[value='mute']").click();

        ash.waitForText("#mute-line", "10 more minutes");
        ash.waitForText("#notice-list", "muted");
        WebElement send = ash.find("#send-form button[type=submit]");
        assertThat(send.isEnabled()).isFalse();
        ash.find("#text").sendKeys("can I still post", Keys.ENTER);
        ash.waitForText("#status", "can’t post here just now");
        assertThat(ash.find("#text").getAttribute("value")).as("the words stay in the box").isEqualTo("can I still post");
        assertThat(ash.driver.findElements(By.cssSelector("#pending li"))).isEmpty();
        ash.screenshotForDocs("member-muted-desktop");
    }

    @Test
    void aMembersFlagReachesTheConsoleAndTheMemberIsThanked() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");
        WsClient birch = wsMember("birch");
        birch.send(new ClientMessage.Send(LOUNGE, "b1", "a post someone may worry about"));
        ash.waitForText("#messages", "a post someone may worry about");

        ash.find("#messages button[data-action='flag']").click();
        ash.waitVisible("#flag-reason").sendKeys("this worries me");
        ash.find("#flag-send").click();

        jo.waitForText("#event-list", "ash flagged birch’s post");
        assertThat(jo.find("#event-list").getText()).contains("this worries me");
        ash.waitForText("#notice-list", "the moderators were told");
    }

    @Test
    void theModeratorReadsTheRoomsAuditLogInTheConsole() throws Exception {
        Browser jo = moderator();
        WsClient ash = wsMember("ash");
        ash.send(new ClientMessage.Send(LOUNGE, "h1", "pineapple, please look"));
        jo.waitForText("#queue-list", "pineapple, please look");
        jo.find("#queue-list button[data-action='approve']").click();
        ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("h1") && a.status() == ServerMessage.AckStatus.SENT);

        jo.find("#audit summary").click();

        // the entry is durable a moment after the decision; the console reads it when opened
        wait(jo).until(d -> {
            if (!d.findElement(By.cssSelector("#audit-rows")).getText().contains("approved")) {
                d.findElement(By.cssSelector("#audit summary")).click();
                d.findElement(By.cssSelector("#audit summary")).click();
                return false;
            }
            return true;
        });
        assertThat(jo.find("#audit-rows").getText()).contains("moderator:jo", "held");
    }

    @Test
    void anEditedPostIsPostedInTheModeratorsWordsAndItsAuthorIsToldUnderWhichRule() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");

        ash.say("pineapple, and my number is in my profile");
        jo.waitForText("#queue-list", "my number is in my profile");
        jo.find("#queue-list li.held").sendKeys("e");
        WebElement edit = jo.waitVisible("#queue-list .edit textarea");
        edit.clear();
        edit.sendKeys("pineapple, and (number removed)");
        new Select(jo.find("#queue-list select.rule-pick")).selectByValue("rule-2");
        jo.find("#queue-list button[data-action='post-edit']").click();

        ash.waitForText("#messages", "pineapple, and (number removed)");
        ash.waitForText("#notice-list", "A moderator edited your message");
        assertThat(ash.find("#notice-list").getText()).contains("Keep names, addresses and phone numbers out of the room.");
        assertThat(ash.find("#messages").getText()).doesNotContain("my number is in my profile");
    }

    @Test
    void membersSeePlainlyWhenTheModeratorPausesTheRoomSetsSlowModeAndGoesOffDuty() throws Exception {
        Browser jo = moderator();
        Browser ash = member("ash");
        ash.waitForText("#duty-line", "A moderator is on duty now.");

        jo.find("#pause-message").sendKeys("Back at nine.");
        jo.find("#pause-toggle").click();
        ash.waitForText("#room-state", "A moderator has paused the room for now. Back at nine.");
        assertThat(ash.find("#send-form button[type=submit]").isEnabled()).isFalse();

        jo.waitForText("#pause-toggle", "Open the room again");
        jo.find("#pause-toggle").click();
        new Select(jo.find("#slow-seconds")).selectByValue("30");
        jo.find("#slow-form button[type=submit]").click();
        ash.waitForText("#room-state", "Slow mode: each person can post once every 30 seconds.");
        assertThat(ash.find("#send-form button[type=submit]").isEnabled()).isTrue();

        jo.find("#duty-toggle").click();
        ash.waitForText("#duty-line", "No moderator is on duty right now");
        assertThat(jo.find("#duty-toggle").getAttribute("aria-pressed")).isEqualTo("false");
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver, WAIT);
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
