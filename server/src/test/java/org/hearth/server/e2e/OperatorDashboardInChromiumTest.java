package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operator signs in to the live room view and watches it follow the rooms: a member online, a
 * message posted, a post held and waiting, no moderator on duty; the uPlot chart is drawn from
 * its WebJar under the page's strict Content-Security-Policy.
 */
class OperatorDashboardInChromiumTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private RunningServer server;
    private Browser browser;
    private WsClient ash;

    @AfterEach
    void stop() throws Exception {
        try (Browser b = browser; WsClient a = ash) {
            server.close();
        }
    }

    @Test
    void anOperatorSeesEachRoomsMembersMessagesHeldPostsAndDutyUpdateLive() throws Exception {
        Staff.Seeded seeded = Staff.operator("olive");
        server = RunningServer.start(seeded.data(), "rooms", "lounge,night-owls", "room.night-owls.title", "Night owls",
                "room.lounge.words.hold", "teapot");
        browser = new Browser();
        browser.open(server.url.resolve("/operate.html"));
        browser.waitVisible("#account").sendKeys("olive");
        browser.find("#password").sendKeys(seeded.password());
        browser.find("#sign-in-submit").click();

        browser.waitVisible("#rooms-live");
        browser.waitForText("#rooms-body", "Night owls (night-owls)");
        browser.waitForText("tr[data-room='lounge'] td:nth-child(6)", "none on duty");

        ash = WsClient.joined(server.url, "ash", "lounge");
        ash.send(new ClientMessage.Send(LOUNGE, "m1", "hello, is anyone around tonight"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m1"));
        ash.send(new ClientMessage.Send(LOUNGE, "m2", "my teapot broke and so did I"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m2"));

        browser.waitForText("tr[data-room='lounge'] td:nth-child(2)", "1");
        browser.waitForText("tr[data-room='lounge'] td:nth-child(3)", "1");
        browser.waitForText("tr[data-room='lounge'] td:nth-child(4)", "0 · 0 · 1 · 0"); // crisis · urgent · watch · other
        assertThat(browser.find("tr[data-room='lounge'] td:nth-child(5)").getText()).matches("\\d+ s|\\d+ min");
        assertThat(browser.find("tr[data-room='night-owls'] td:nth-child(2)").getText()).isEqualTo("0");
        assertThat(browser.find("#rate-chart .uplot canvas").isDisplayed()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshotForDocs("operator-rooms-live");
    }

    @Test
    void aModeratorIsToldThePageIsForOperators() throws Exception {
        Staff.Seeded seeded = Staff.moderatorOf("jo", LOUNGE);
        server = RunningServer.start(seeded.data());
        browser = new Browser();
        browser.open(server.url.resolve("/operate.html"));
        browser.waitVisible("#account").sendKeys("jo");
        browser.find("#password").sendKeys(seeded.password());
        browser.find("#sign-in-submit").click();

        browser.waitForText("#sign-in-error", "for operators");
        assertThat(browser.find("#rooms-live").isDisplayed()).isFalse();
    }
}
