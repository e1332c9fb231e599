package org.hearth.server.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fixed-path route claims its own requests, passes others on, and refuses a wrong method. */
class FixedRouteTest {
    private final List<FullHttpRequest> claimed = new ArrayList<>();
    private final FixedRoute route = new FixedRoute("/readyz", HttpMethod.GET, HttpMethod.HEAD);
    private final EmbeddedChannel channel = new EmbeddedChannel(new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            FullHttpRequest request = route.claim(ctx, msg);
            if (request != null) {
                claimed.add(request);
            }
        }
    });

    @Test
    void aRequestForThePathInAMethodItTakesIsClaimed() {
        channel.writeInbound(request(HttpMethod.GET, "/readyz?verbose=1"));

        assertThat(claimed).singleElement().satisfies(r -> assertThat(r.uri()).isEqualTo("/readyz?verbose=1"));
        claimed.forEach(FullHttpRequest::release);
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void aRequestForAnotherPathIsPassedOnUntouched() {
        FullHttpRequest other = request(HttpMethod.GET, "/metrics");
        channel.writeInbound(other);

        assertThat(claimed).isEmpty();
        assertThat((Object) channel.readInbound()).isSameAs(other);
        other.release();
    }

    @Test
    void aWrongMethodIsRefusedWith405SayingWhichMethodsAreAllowed() {
        FullHttpRequest post = request(HttpMethod.POST, "/readyz");
        channel.writeInbound(post);

        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status()).isEqualTo(HttpResponseStatus.METHOD_NOT_ALLOWED);
        assertThat(response.headers().get(HttpHeaderNames.ALLOW)).isEqualTo("GET, HEAD");
        assertThat(claimed).isEmpty();
        assertThat(post.refCnt()).isZero();
        response.release();
    }

    private static FullHttpRequest request(HttpMethod method, String uri) {
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri);
    }
}
