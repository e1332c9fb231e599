package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.Test;

class RoomOrderingTest {

    @Test
    void concurrentSendersGetOneGapFreeOrderThatEveryMemberSees() throws Exception {
        ExecutorService roomThread = Executors.newSingleThreadExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            ChatHarness harness = new ChatHarness(5_000, 0, List.of(), roomThread);
            List<ChatHarness.Member> members = new ArrayList<>();
            for (String handle : List.of("ash", "birch", "cedar", "dove")) {
                members.add(harness.joined(handle));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> sending = new ArrayList<>();
            for (ChatHarness.Member member : members) {
                sending.add(senders.submit(() -> {
                    start.await();
                    for (int i = 0; i < 250; i++) {
                        member.send(member.session.handle() + "-" + i, "message " + i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : sending) {
                future.get(30, TimeUnit.SECONDS);
            }
            // Twice: the first pass runs every send, which queues its store completion behind it.
            roomThread.submit(() -> { }).get(30, TimeUnit.SECONDS);
            roomThread.submit(() -> { }).get(30, TimeUnit.SECONDS);

            List<ServerMessage.Message> reference = members.getFirst().messages();
            assertThat(reference).extracting(ServerMessage.Message::seq).containsExactlyElementsOf(ChatHarness.range(1, 1000));
            for (ChatHarness.Member member : members) {
                assertThat(member.messages()).containsExactlyElementsOf(reference);
                // each sender's own messages keep the order it sent them in
                List<String> own = member.messages().stream()
                        .filter(m -> m.author().equals(member.session.handle())).map(ServerMessage.Message::text).toList();
                assertThat(own).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 250).mapToObj(i -> "message " + i).toList());
            }
            assertThat(harness.frames.liveCount()).as("every broadcast frame released").isZero();
        } finally {
            senders.shutdownNow();
            roomThread.shutdownNow();
        }
    }

    @Test
    void eachBroadcastIsEncodedOnceWhateverTheNumberOfMembers() {
        ChatHarness harness = new ChatHarness(100, 10, List.of());
        List<ChatHarness.Member> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            members.add(harness.joined("member" + i));
        }
        int before = harness.frames.encodedCount();

        members.getFirst().send("hello, everyone");

        assertThat(harness.frames.encodedCount() - before).isEqualTo(1);
        assertThat(members).allSatisfy(m -> assertThat(m.messages()).extracting(ServerMessage.Message::text)
                .containsExactly("hello, everyone"));
        assertThat(harness.frames.liveCount()).isZero();
    }
}
