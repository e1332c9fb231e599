package org.hearth.server.transport.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.operations.HealthWatcher;
import org.hearth.server.operations.OperationsFeed;

/**
 * One operator's event stream, as the feed sees it: each event framed as a server-sent event
 * ({@code event: kind}, {@code data: json}, a blank line) around the feed's shared bytes, with no
 * copy. Checks the sign-in before each event and ends the stream, saying so, once it is no longer
 * valid. A stream whose socket stays full skips snapshots (each supersedes the last) and is closed
 * once it has been full for {@link #STALLED_MILLIS}, so a reader that stops costs bounded memory.
 *
 * <p>Threading: called on the feed's thread only (writes hop to the channel's event loop).
 */
final class EventStreamWatcher implements HealthWatcher {
    static final long STALLED_MILLIS = 30_000;
    private static final byte[] HISTORY = prefix(OperationsFeed.HISTORY);
    private static final byte[] SNAPSHOT = prefix(OperationsFeed.SNAPSHOT);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIGNED_OUT = "event: signed-out\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8);

    private final Channel channel;
    private final StaffTokens tokens;
    private final String token;
    private final Clock clock;
    private long fullSince = -1;

    /** @param token the sign-in the stream was opened with, checked again before each event */
    EventStreamWatcher(Channel channel, StaffTokens tokens, String token, Clock clock) {
        this.channel = channel;
        this.tokens = tokens;
        this.token = token;
        this.clock = clock;
    }

    @Override
    public boolean deliver(String kind, byte[] json) {
        if (!channel.isActive()) {
            return false;
        }
        if (tokens.authenticate(token) == null) {
            channel.writeAndFlush(new DefaultLastHttpContent(Unpooled.wrappedBuffer(SIGNED_OUT)))
                    .addListener(ChannelFutureListener.CLOSE);
            return false;
        }
        if (!channel.isWritable()) {
            long now = clock.millis();
            if (fullSince < 0) {
                fullSince = now;
            } else if (now - fullSince >= STALLED_MILLIS) {
                channel.close();
                return false;
            }
            return true;
        }
        fullSince = -1;
        ByteBuf event = Unpooled.wrappedBuffer(OperationsFeed.HISTORY.equals(kind) ? HISTORY : SNAPSHOT, json, END);
        channel.writeAndFlush(new DefaultHttpContent(event));
        return true;
    }

    private static byte[] prefix(String kind) {
        return ("event: " + kind + "\ndata: ").getBytes(StandardCharsets.UTF_8);
    }
}
