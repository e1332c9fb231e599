package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Fixtures;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear error, and nobody else notices. */
class BadInputEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private final RunningServer server = RunningServer.start("limits.frames-per-second", "1000");
    private final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        server.close();
    }

    private WsClient track(WsClient client) {
        clients.add(client);
        return client;
    }

    @Test
    void everyBadFrameInTheTableGetsItsErrorAndTheOtherMembersNoticeNothing() {
        WsClient bystander = track(WsClient.joined(server.url, "bystander", "lounge"));
        WsClient offender = track(WsClient.joined(server.url, "offender", "lounge"));
        List<Fixtures.BadFrame> table = Fixtures.badClientFrames();
        assertThat(table).hasSizeGreaterThan(20);

        for (Fixtures.BadFrame bad : table) {
            offender.sendRaw(bad.frame());
            ServerMessage.Error error = offender.await(ServerMessage.Error.class);
            assertThat(error.code()).as(bad.name()).isEqualTo(bad.code());
            assertThat(error.reason()).as(bad.name()).isEqualTo(bad.reason());
            assertThat(error.message()).as(bad.name()).isNotBlank();
        }
        String tooLong = "x".repeat(4_001);
        offender.send(new ClientMessage.Send(LOUNGE, "long", tooLong));
        ServerMessage.Error longError = offender.await(ServerMessage.Error.class);
        offender.send(new ClientMessage.Send(LOUNGE, "fine", "sorry, all good now"));

        assertThat(longError.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG.code());
        assertThat(longError.clientMsgId()).isEqualTo("long");
        ServerMessage.Message only = bystander.await(ServerMessage.Message.class);
        assertThat(only.text()).as("the connection still works after all that").isEqualTo("sorry, all good now");
        assertThat(bystander.all(ServerMessage.Message.class)).hasSize(1);
        assertThat(bystander.all(ServerMessage.Error.class)).isEmpty();
        assertThat(bystander.isClosed()).isFalse();
    }

    @Test
    void framesBeforeHelloAreRefusedAndASecondHelloToo() {
        WsClient client = track(WsClient.connect(server.url));

        client.send(new ClientMessage.Join(LOUNGE, null));
        ServerMessage.Error early = client.await(ServerMessage.Error.class);
        client.send(new ClientMessage.Hello(new Handle("ash"), null));
        client.await(ServerMessage.Welcome.class);
        client.send(new ClientMessage.Hello(new Handle("ash"), null));
        ServerMessage.Error twice = client.await(ServerMessage.Error.class);

        assertThat(early.code()).isEqualTo(ErrorCode.HELLO_REQUIRED.code());
        assertThat(early.ref()).isEqualTo("join");
        assertThat(twice.code()).isEqualTo(ErrorCode.ALREADY_GREETED.code());
    }

    @Test
    void aBinaryFrameClosesOnlyThatConnectionWith1003() {
        WsClient bystander = track(WsClient.joined(server.url, "bystander", "lounge"));
        WsClient offender = track(WsClient.joined(server.url, "offender", "lounge"));

        offender.sendBinary(new byte[] {1, 2, 3});

        assertThat(offender.awaitClose().code()).isEqualTo(CloseCode.UNSUPPORTED_DATA.code());
        WsClient other = track(WsClient.joined(server.url, "other", "lounge"));
        other.send(new ClientMessage.Send(LOUNGE, "o1", "still here"));
        assertThat(bystander.await(ServerMessage.Message.class).text()).isEqualTo("still here");
    }

    @Test
    void aFrameOverTheSizeLimitClosesThatConnectionWith1009() {
        WsClient offender = track(WsClient.joined(server.url, "offender", "lounge"));

        offender.sendRaw("{\"type\":\"send\",\"room\":\"lounge\",\"clientMsgId\":\"big\",\"text\":\"" + "y".repeat(20_000) + "\"}");

        assertThat(offender.awaitClose().code()).isEqualTo(CloseCode.MESSAGE_TOO_BIG.code());
    }

    @Test
    void floodingFramesAreAnsweredWithRateLimitedAndCostOthersNothing() {
        try (RunningServer strict = RunningServer.start("limits.frames-per-second", "5")) {
            WsClient bystander = WsClient.joined(strict.url, "bystander", "lounge");
            WsClient flooder = WsClient.joined(strict.url, "flooder", "lounge");
            try {
                for (int i = 0; i < 40; i++) {
                    flooder.sendRaw("{\"type\":\"leave\"}");
                }
                ServerMessage.Error limited = flooder.await(ServerMessage.Error.class,
                        e -> e.code() == ErrorCode.RATE_LIMITED.code());
                assertThat(limited.message()).contains("faster");
                assertThat(bystander.all(ServerMessage.Error.class)).isEmpty();
            } finally {
                bystander.close();
                flooder.close();
            }
        }
    }
}
