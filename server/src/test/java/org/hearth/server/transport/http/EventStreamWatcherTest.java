package org.hearth.server.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hearth.server.auth.Account;
import org.hearth.server.auth.Role;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.operations.OperationsFeed;
import org.hearth.server.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One operator's event stream alone, in an embedded channel: framing, the sign-in's end, a reader that stops. */
class EventStreamWatcherTest {
    private static final byte[] JSON = "{\"time\":1}".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));
    private final StaffTokens tokens = new StaffTokens(clock, Duration.ofHours(12));
    private final String token = tokens.issue(new Account("olive", Role.OPERATOR, Set.of(), "$unused"));
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final EventStreamWatcher watcher = new EventStreamWatcher(channel, tokens, token, clock);

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    private String written() {
        HttpContent content = channel.readOutbound();
        assertThat(content).as("something written").isNotNull();
        ByteBuf bytes = content.content();
        try {
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            content.release();
        }
    }

    @Test
    void eachEventIsFramedAsAServerSentEventAroundTheSharedJson() {
        assertThat(watcher.deliver(OperationsFeed.HISTORY, JSON)).isTrue();
        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isTrue();

        assertThat(written()).isEqualTo("event: history\ndata: {\"time\":1}\n\n");
        assertThat(written()).isEqualTo("event: snapshot\ndata: {\"time\":1}\n\n");
        assertThat(new String(JSON, StandardCharsets.UTF_8)).as("the shared bytes are untouched").isEqualTo("{\"time\":1}");
    }

    @Test
    void theStreamEndsSayingSoOnceTheSignInHasEnded() {
        clock.advance(Duration.ofHours(12));

        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isFalse();

        Object last = channel.outboundMessages().peek();
        assertThat(last).isInstanceOf(LastHttpContent.class);
        assertThat(written()).isEqualTo("event: signed-out\ndata: {}\n\n");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aStreamWhoseReaderStopsSkipsSnapshotsAndIsClosedOnceStalledTooLong() {
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false); // the socket's buffer is full

        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isTrue();
        clock.advance(Duration.ofMillis(EventStreamWatcher.STALLED_MILLIS - 1));
        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isTrue();
        assertThat(channel.outboundMessages()).as("skipped, not queued").isEmpty();

        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true); // it read again in time
        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isTrue();
        assertThat(written()).startsWith("event: snapshot");

        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isTrue();
        clock.advance(Duration.ofMillis(EventStreamWatcher.STALLED_MILLIS));
        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isFalse();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aClosedStreamLeavesTheFeed() {
        channel.close();

        assertThat(watcher.deliver(OperationsFeed.SNAPSHOT, JSON)).isFalse();
    }
}
