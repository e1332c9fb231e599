package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The member page in a real headless Chromium, against the real server. */
class MemberPageInChromiumTest {
    private final RunningServer server = RunningServer.start();
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

        ash.waitVisible("#handle").sendKeys("Moderator_Jo");
        ash.find("#handle-submit").click();
        ash.waitForText("#handle-error", "reserved");
        ash.find("#handle").clear();
        ash.enterAs("jo");

        assertThat(ash.find("#room").isDisplayed()).isTrue();
    }

    @Test
    void aDroppedPageReconnectsOnItsOwnAndShowsWhatItMissed() throws Exception {
        birch = new Browser();
        try (CuttableProxy tunnel = new CuttableProxy(server.url);
             WsClient ash = WsClient.joined(server.url, "ash", "lounge")) {
            birch.open(tunnel.url());
            birch.enterAs("birch");
            ash.send(new ClientMessage.Send(new RoomId("lounge"), "a1", "before the tunnel"));
            birch.waitForText("#messages", "before the tunnel");

            tunnel.cutAll();
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

    private static List<String> texts(Browser browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
