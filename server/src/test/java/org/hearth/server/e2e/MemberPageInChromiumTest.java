package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The member page in a real headless Chromium, against the real server. */
class MemberPageInChromiumTest {
    private final RunningServer server = RunningServer.start("room.lounge.rule.1", "Be kind; everyone here is finding their way.",
            "room.lounge.rule.2", "Keep names, addresses and phone numbers out of the room.",
            "room.lounge.support.1", "Samaritans (UK and Ireland): 116 123, any time, free");
    private Browser ash;
    private Browser birch;

    @AfterEach
    void stop() throws Exception {
        try (Browser a = ash; Browser b = birch) {
            server.close();
        }
    }

    @Test
    void twoMembersInTwoBrowsersChatLive() throws Exception {
        ash = new Browser();
        birch = new Browser();
        ash.open(server.url);
        birch.open(server.url);

        ash.enterAs("ash");
        birch.enterAs("birch");
        ash.say("hello birch, glad you made it");
        birch.waitForText("#messages", "hello birch, glad you made it");
        birch.say("thanks ash");
        ash.waitForText("#messages", "thanks ash");
        ash.screenshot("two-members-chat-ash");
        birch.screenshot("two-members-chat-birch");

        assertThat(ash.find("#room-title").getText()).isEqualTo("The lounge");
        assertThat(texts(birch, "#messages .msg .text")).containsExactly("hello birch, glad you made it", "thanks ash");
        assertThat(texts(ash, "#messages .msg .text")).containsExactly("hello birch, glad you made it", "thanks ash");
        assertThat(ash.find("#members").getAttribute("textContent")).contains("birch");
    }

    @Test
    void markupInAMessageIsShownAsTextAndNeverRuns() throws Exception {
        birch = new Browser();
        birch.open(server.url);
        birch.enterAs("birch");
        String markup = "<img src=x onerror=\"document.title='pwned'\"><b>bold?</b>";
        try (WsClient ash = WsClient.joined(server.url, "ash", "lounge")) {
            ash.send(new ClientMessage.Send(new RoomId("lounge"), "x1", markup));
            ash.await(ServerMessage.Ack.class);

            birch.waitForText("#messages", "bold?");
        }

        assertThat(texts(birch, "#messages .msg .text")).containsExactly(markup);
        assertThat(birch.driver.findElements(By.cssSelector("#messages img, #messages b"))).isEmpty();
        assertThat(birch.driver.getTitle()).doesNotContain("pwned");
    }

    @Test
    void aReservedPseudonymIsExplainedByTheFieldAndAnotherCanBeChosen() throws Exception {
        ash = new Browser();
        ash.open(server.url);

        ash.chooseRoom("lounge");
        ash.find("#accept").click();
        ash.find("#handle").sendKeys("Moderator_Jo");
        ash.find("#handle-submit").click();
        ash.waitForText("#handle-error", "reserved");
        ash.find("#handle").clear();
        ash.find("#handle").sendKeys("jo");
        ash.find("#handle-submit").click();
        ash.waitVisible("#room");

        assertThat(ash.find("#room").isDisplayed()).isTrue();
    }

    @Test
    void aDroppedPageReconnectsOnItsOwnAndShowsWhatItMissed() throws Exception {
        birch = new Browser();
        try (TcpProxy tunnel = TcpProxy.inFrontOf(server.url);
             WsClient ash = WsClient.joined(server.url, "ash", "lounge")) {
            birch.open(tunnel.url());
            birch.enterAs("birch");
            ash.send(new ClientMessage.Send(new RoomId("lounge"), "a1", "before the tunnel"));
            birch.waitForText("#messages", "before the tunnel");

            tunnel.cut();
            ash.send(new ClientMessage.Send(new RoomId("lounge"), "a2", "while you were in the tunnel"));
            ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("a2"));

            birch.waitForText("#messages", "while you were in the tunnel");
            birch.waitForText("#connection", "back");
            birch.screenshot("back-after-a-drop");

            assertThat(texts(birch, "#messages .msg .text"))
                    .containsExactly("before the tunnel", "while you were in the tunnel");
            assertThat(birch.find("#connection").getText()).isEqualTo("back — 1 message you missed");
        }
    }

    @Test
    void aMemberCanChooseARoomAcceptItsRulesJoinAndSendWithTheKeyboardAlone() throws Exception {
        ash = new Browser();
        ash.open(server.url);
        ash.waitVisible("#room-list button[data-room='lounge']");

        for (int tab = 0; tab < 12 && !"lounge".equals(focused(ash).getAttribute("data-room")); tab++) {
            focused(ash).sendKeys(Keys.TAB);
        }
        assertThat(focused(ash).getAttribute("data-room")).as("the room's button is reached with Tab").isEqualTo("lounge");
        focused(ash).sendKeys(Keys.ENTER);
        ash.waitVisible("#accept");
        assertThat(focused(ash).getAttribute("id")).isEqualTo("accept");
        focused(ash).sendKeys(Keys.SPACE);
        focused(ash).sendKeys(Keys.TAB);
        focused(ash).sendKeys("rowan", Keys.ENTER);
        ash.waitVisible("#room");
        ash.waitForText("#connection", "connected");
        assertThat(focused(ash).getAttribute("id")).as("the message box has focus once in").isEqualTo("text");
        focused(ash).sendKeys("typed without a mouse", Keys.ENTER);

        ash.waitForText("#messages", "typed without a mouse");
        assertThat(texts(ash, "#messages .msg .author")).containsExactly("rowan");
    }

    @Test
    void theRulesMustBeAcceptedBeforeJoiningAndTheRoomListShowsThemWithTheCharter() throws Exception {
        ash = new Browser();
        ash.open(server.url);
        ash.waitVisible("#room-list button[data-room='lounge']");

        assertThat(ash.find("#room-list").getText()).contains("The lounge", "Be kind; everyone here is finding their way.",
                "No moderator is on duty right now");
        assertThat(ash.find("#room-list a.charter-link").getAttribute("href")).endsWith("/rooms/lounge/charter");
        ash.chooseRoom("lounge");
        ash.find("#handle").sendKeys("rowan");
        ash.find("#handle-submit").click();
        ash.waitForText("#accept-error", "tick the box");

        assertThat(ash.find("#room").isDisplayed()).isFalse();
        assertThat(ash.find("#chosen-rules").getText()).contains("Keep names, addresses and phone numbers out of the room.");
    }

    @Test
    void theSupportLinesAreOneClickAwayInTheRoom() throws Exception {
        ash = new Browser();
        ash.open(server.url);
        ash.enterAs("ash");

        assertThat(ash.find("#support").isDisplayed()).isFalse();
        ash.find("#support-toggle").click();

        assertThat(ash.waitVisible("#support-list").getText()).contains("116 123");
        assertThat(ash.find("#support-toggle").getAttribute("aria-expanded")).isEqualTo("true");
    }

    @Test
    void theMemberViewFitsA320And360PixelPhoneAndADesktop() throws Exception {
        ash = new Browser();
        ash.open(server.url);
        ash.waitVisible("#room-list button[data-room='lounge']");
        ash.screenshotForDocs("member-rooms-desktop");
        ash.enterAs("ash");
        try (WsClient birch = WsClient.joined(server.url, "birch", "lounge")) {
            birch.send(new ClientMessage.Send(new RoomId("lounge"), "b1", "Evening all. Rough day, but I'm here."));
            ash.waitForText("#messages", "Rough day");
            ash.say("Glad you came, birch. Take your time.");
            ash.waitForText("#messages", "Take your time.");
            ash.screenshotForDocs("member-room-desktop");

            ash.resize(360, 740);
            ash.waitVisible("#text");
            ash.screenshotForDocs("member-room-360px");

            assertThat(sidewaysOverflow(ash)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
            ash.resize(320, 640);
            ash.waitVisible("#text");
            assertThat(sidewaysOverflow(ash)).as("no sideways scrolling at 320 px").isLessThanOrEqualTo(0);
            assertThat(ash.consoleErrors()).as("no script errors or policy violations").isEmpty();
        }
    }

    private static int sidewaysOverflow(Browser browser) {
        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return overflow.intValue();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver.switchTo().activeElement();
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
