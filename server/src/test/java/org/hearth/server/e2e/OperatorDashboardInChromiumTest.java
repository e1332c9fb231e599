package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.testing.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operator signs in to the live view and watches it follow a scripted scenario, pushed by the
 * server without a reload: a member online, a message posted, a post held and waiting, no
 * moderator on duty; the server's panels (connections, deliveries, fan-out and commit p99,
 * slow-consumer disconnects) with their uPlot charts, drawn from the WebJar under the page's
 * strict Content-Security-Policy; and the page saying so when the live feed is lost, and picking
 * it up again by itself.
 */
class OperatorDashboardInChromiumTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final String LATENCY = "\\d+(\\.\\d+)? (ms|s)";

    private RunningServer server;
    private Browser browser;
    private WsClient ash;
    private TcpProxy tunnel;

    @AfterEach
    void stop() throws Exception {
        try (Browser b = browser; WsClient a = ash; TcpProxy t = tunnel) {
            server.close();
        }
    }

    private void signIn(java.net.URI site, String account, String password) {
        browser.open(site.resolve("/operate.html"));
        browser.waitVisible("#account").sendKeys(account);
        browser.find("#password").sendKeys(password);
        browser.find("#sign-in-submit").click();
    }

    @Test
    void anOperatorSeesEachRoomAndTheServerPanelsFollowAScriptedScenarioWithoutAReload() throws Exception {
        Staff.Seeded seeded = Staff.operator("olive");
        server = RunningServer.start(seeded.data(), "rooms", "lounge,night-owls", "room.night-owls.title", "Night owls",
                "room.lounge.words.hold", "teapot");
        browser = new Browser();
        tunnel = TcpProxy.inFrontOf(server.url); // the page goes through it, so the test can cut its feed
        signIn(tunnel.url(), "olive", seeded.password());

        browser.waitVisible("#rooms-live");
        browser.waitForText("#connection", "signed in as olive · live");
        browser.waitForText("#rooms-body", "Night owls (night-owls)");
        browser.waitForText("tr[data-room='lounge'] td:nth-child(6)", "none on duty");
        browser.script("window.hearthLoadedOnce = true;"); // gone if the page were reloaded

        ash = WsClient.joined(server.url, "ash", "lounge");
        ash.send(new ClientMessage.Send(LOUNGE, "m1", "hello, is anyone around tonight"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m1"));
        ash.send(new ClientMessage.Send(LOUNGE, "m2", "my teapot broke and so did I"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m2"));

        // the sample after the messages measures them (the next one, with nothing sent, says none)
        browser.waitForTextMatching("#panel-fanOutP99Millis", LATENCY);
        browser.waitForTextMatching("#panel-storeCommitP99Millis", LATENCY);
        browser.waitForTextMatching("#panel-deliveriesPerSecond", "[1-9][0-9,]*(\\.\\d)?|0\\.[1-9]");
        browser.waitForText("#panel-connections", "1");
        browser.waitForText("#panel-slowConsumerDisconnects", "0 in the last hour");
        browser.waitForText("tr[data-room='lounge'] td:nth-child(2)", "1");
        browser.waitForText("tr[data-room='lounge'] td:nth-child(3)", "1");
        browser.waitForText("tr[data-room='lounge'] td:nth-child(4)", "0 · 0 · 1 · 0"); // crisis · urgent · watch · other
        assertThat(browser.find("tr[data-room='lounge'] td:nth-child(5)").getText()).matches("\\d+ s|\\d+ min");
        assertThat(browser.find("tr[data-room='night-owls'] td:nth-child(2)").getText()).isEqualTo("0");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("#server-panels .uplot canvas")))
                .as("a chart in each of the five panels").hasSize(5);
        assertThat(browser.find("#rate-chart .uplot canvas").isDisplayed()).isTrue();
        assertThat(browser.script("return window.hearthLoadedOnce === true;")).as("the page was never reloaded")
                .isEqualTo(true);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.resize(1100, 1500); // tall enough for the panels below the rooms
        browser.waitForTextMatching("#panel-fanOutP99Millis", LATENCY + "|none in the last period");
        browser.screenshotForDocs("operator-rooms-live");

        tunnel.cut();
        browser.waitForText("#connection", "live feed lost, reconnecting");
        assertThat(browser.find("tr[data-room='lounge'] td:nth-child(2)").getText())
                .as("what was last known stays on screen").isEqualTo("1");
        browser.waitForText("#connection", "signed in as olive · live");
        ash.send(new ClientMessage.Send(LOUNGE, "m3", "another teapot, sorry"));
        browser.waitForText("tr[data-room='lounge'] td:nth-child(4)", "0 · 0 · 2 · 0");
        assertThat(browser.script("return window.hearthLoadedOnce === true;")).isEqualTo(true);
    }

    @Test
    void aModeratorIsToldThePageIsForOperators() throws Exception {
        Staff.Seeded seeded = Staff.moderatorOf("jo", LOUNGE);
        server = RunningServer.start(seeded.data());
        browser = new Browser();
        signIn(server.url, "jo", seeded.password());

        browser.waitForText("#sign-in-error", "for operators");
        assertThat(browser.find("#rooms-live").isDisplayed()).isFalse();
    }
}
