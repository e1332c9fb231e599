package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.Handle;
import org.hearth.protocol.Protocol;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Members chatting through a real server over real WebSockets. */
class ChatEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private final RunningServer server = RunningServer.start("limits.messages-per-minute", "10000",
            "limits.frames-per-second", "10000");
    private final List<WsClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        server.close();
    }

    private WsClient member(String handle) {
        WsClient client = WsClient.joined(server.url, handle, "lounge");
        clients.add(client);
        return client;
    }

    @Test
    void twoMembersChat() {
        WsClient ash = member("ash");
        WsClient birch = member("birch");

        ash.send(new ClientMessage.Send(LOUNGE, "a1", "hi birch, how was today?"));
        ServerMessage.Message atBirch = birch.await(ServerMessage.Message.class);
        birch.send(new ClientMessage.Send(LOUNGE, "b1", "better than yesterday, thanks"));
        ServerMessage.Message atAsh = ash.await(ServerMessage.Message.class, m -> m.seq() == 2);

        assertThat(ash.subprotocol()).isEqualTo(Protocol.SUBPROTOCOL);
        assertThat(atBirch.author().value()).isEqualTo("ash");
        assertThat(atBirch.text()).isEqualTo("hi birch, how was today?");
        assertThat(atBirch.seq()).isEqualTo(1);
        assertThat(atAsh.author().value()).isEqualTo("birch");
        assertThat(ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("a1")).status()).isEqualTo(AckStatus.SENT);
        assertThat(ash.all(ServerMessage.Presence.class)).extracting(p -> p.handle().value()).contains("birch");
    }

    @Test
    void threeMembersSendingAtOnceAllSeeTheSameSequence() throws Exception {
        List<WsClient> members = List.of(member("ash"), member("birch"), member("cedar"));
        int each = 100;
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> sending = new ArrayList<>();
            for (int m = 0; m < members.size(); m++) {
                WsClient sender = members.get(m);
                String prefix = "m" + m + "-";
                sending.add(senders.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        sender.send(new ClientMessage.Send(LOUNGE, prefix + i, prefix + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : sending) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }

        List<ServerMessage.Message> reference = members.getFirst().awaitCount(ServerMessage.Message.class, 3 * each);
        assertThat(reference).extracting(ServerMessage.Message::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 3L * each).boxed().toList());
        for (WsClient member : members) {
            assertThat(member.awaitCount(ServerMessage.Message.class, 3 * each)).containsExactlyElementsOf(reference);
        }
    }

    @Test
    void aDroppedMemberResumesWithNoGapAndNoDuplicate() {
        WsClient ash = member("ash");
        WsClient birch = WsClient.greeted(server.url, "birch");
        ServerMessage.Welcome welcome = birch.all(ServerMessage.Welcome.class).getFirst();
        birch.send(new ClientMessage.Join(LOUNGE, null));
        birch.await(ServerMessage.Joined.class);
        for (int i = 1; i <= 3; i++) {
            ash.send(new ClientMessage.Send(LOUNGE, "a" + i, "before " + i));
        }
        long lastSeen = birch.awaitCount(ServerMessage.Message.class, 3).getLast().seq();

        birch.drop();
        for (int i = 1; i <= 4; i++) {
            ash.send(new ClientMessage.Send(LOUNGE, "w" + i, "while away " + i));
        }
        ash.awaitCount(ServerMessage.Message.class, 7);

        WsClient back = WsClient.connect(server.url);
        clients.add(back);
        back.send(new ClientMessage.Hello(new Handle("birch"), welcome.resumeToken()));
        ServerMessage.Welcome resumed = back.await(ServerMessage.Welcome.class);
        back.send(new ClientMessage.Join(LOUNGE, lastSeen));
        ServerMessage.Joined rejoined = back.await(ServerMessage.Joined.class);
        ash.send(new ClientMessage.Send(LOUNGE, "after", "welcome back"));
        ServerMessage.Message live = back.await(ServerMessage.Message.class);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.rooms()).containsExactly(LOUNGE);
        assertThat(rejoined.reset()).isFalse();
        List<Long> seen = new ArrayList<>();
        rejoined.history().forEach(m -> seen.add(m.seq()));
        seen.add(live.seq());
        assertThat(seen).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(rejoined.members()).extracting(Handle::value).containsExactly("ash", "birch");
    }

    @Test
    void aResentMessageAfterAReconnectIsAckedAgainButPostedOnce() {
        WsClient ash = member("ash");
        WsClient birch = member("birch");
        birch.send(new ClientMessage.Send(LOUNGE, "once", "did this go through?"));
        long seq = birch.await(ServerMessage.Ack.class).seq();

        birch.send(new ClientMessage.Send(LOUNGE, "once", "did this go through?"));
        ServerMessage.Ack again = birch.await(ServerMessage.Ack.class);
        ash.send(new ClientMessage.Send(LOUNGE, "marker", "marker"));
        ash.await(ServerMessage.Message.class, m -> m.text().equals("marker"));

        assertThat(again.seq()).isEqualTo(seq);
        assertThat(ash.all(ServerMessage.Message.class)).extracting(ServerMessage.Message::text)
                .containsExactly("did this go through?", "marker");
    }
}
