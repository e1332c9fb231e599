package org.hearth.server.transport.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.nio.charset.StandardCharsets;

/** Writing plain HTTP responses with the security headers every Hearth response carries. */
public final class HttpResponses {
    /**
     * The page may load only its own scripts, styles and images and talk only to its own server;
     * no inline script, no framing.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private HttpResponses() {
    }

    /** Sets the security headers every Hearth response carries. */
    static void secure(io.netty.handler.codec.http.HttpHeaders headers) {
        headers.set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY")
                .set("Referrer-Policy", "no-referrer");
    }

    /** Sends a short plain-text response and releases the request. */
    public static void sendAndRelease(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                                      String text) {
        try {
            send(ctx, request, status, "text/plain; charset=utf-8",
                    Unpooled.copiedBuffer(text, StandardCharsets.UTF_8), false);
        } finally {
            request.release();
        }
    }

    /** Sends a response with the given body (the body is released by the write). */
    public static void send(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                            String contentType, ByteBuf body, boolean cacheable) {
        send(ctx, request, status, contentType, body, cacheable, java.util.Map.of());
    }

    /** Sends a response with the given body and extra headers (the body is released by the write). */
    public static void send(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                            String contentType, ByteBuf body, boolean cacheable,
                            java.util.Map<? extends CharSequence, ?> extraHeaders) {
        boolean head = HttpMethod.HEAD.equals(request.method());
        int length = body.readableBytes();
        FullHttpResponse response = new DefaultFullHttpResponse(request.protocolVersion(), status,
                head ? Unpooled.EMPTY_BUFFER : body);
        if (head) {
            body.release();
        }
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, length)
                .set(HttpHeaderNames.CACHE_CONTROL, cacheable ? "no-cache" : "no-store");
        secure(response.headers());
        extraHeaders.forEach((name, value) -> response.headers().set(name, value));
        boolean keepAlive = HttpUtil.isKeepAlive(request) && status.code() < 400;
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
