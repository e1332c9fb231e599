package org.hearth.server.transport.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first step of every route at one fixed path: is this request the route's, and in a method
 * the route takes? One place, so those routes pass on, and refuse a wrong method, alike.
 */
final class FixedRoute {
    private final String path;
    private final List<HttpMethod> methods;
    private final String allow;

    FixedRoute(String path, HttpMethod... methods) {
        this.path = path;
        this.methods = List.of(methods);
        this.allow = this.methods.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
    }

    /**
     * The request, when it is this route's and in a method the route takes. Otherwise null, after
     * passing it on (not this route's) or answering 405 with an {@code Allow} header and releasing it.
     */
    FullHttpRequest claim(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || !new QueryStringDecoder(request.uri()).path().equals(path)) {
            ctx.fireChannelRead(msg);
            return null;
        }
        if (!methods.contains(request.method())) {
            try {
                HttpResponses.send(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, "text/plain; charset=utf-8",
                        Unpooled.copiedBuffer(path + " takes " + allow + " only.\n", StandardCharsets.UTF_8), false,
                        Map.of(HttpHeaderNames.ALLOW, allow));
            } finally {
                request.release();
            }
            return null;
        }
        return request;
    }
}
