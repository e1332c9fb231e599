package org.hearth.server.transport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.hearth.protocol.RoomId;
import org.hearth.server.auth.SignIn;

/**
 * {@code POST /auth/sign-in} with {@code {"name": ..., "password": ...}}: staff sign in and get a
 * bearer token (also set as an HttpOnly, SameSite=Strict cookie, which the browser then sends on
 * the WebSocket upgrade). The password check is slow on purpose, so it runs on its own executor,
 * never on the event loop. Answers 200 with the token, 401 for a wrong name or password (without
 * saying which), 429 with Retry-After after too many failures, 400 for a malformed body.
 * Stateless, so one instance serves every channel.
 */
@ChannelHandler.Sharable
public final class SignInHandler extends ChannelInboundHandlerAdapter {
    public static final String PATH = "/auth/sign-in";
    public static final String COOKIE = "hearth_session";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SignIn signIn;
    private final Executor slowWork;

    public SignInHandler(SignIn signIn, Executor slowWork) {
        this.signIn = signIn;
        this.slowWork = slowWork;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || !PATH.equals(new QueryStringDecoder(request.uri()).path())) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (!HttpMethod.POST.equals(request.method())) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, "Sign in with POST.\n");
            return;
        }
        String name;
        String password;
        try {
            JsonNode body = JSON.readTree(request.content().toString(StandardCharsets.UTF_8));
            name = body.path("name").textValue();
            password = body.path("password").textValue();
        } catch (IOException e) {
            name = null;
            password = null;
        }
        if (name == null || password == null) {
            respond(ctx, request, HttpResponseStatus.BAD_REQUEST,
                    Map.of("error", "send {\"name\": ..., \"password\": ...} as JSON"), null, 0);
            return;
        }
        String address = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
        String account = name;
        String secret = password;
        try {
            slowWork.execute(() -> {
                SignIn.Result result = signIn.attempt(account, secret, address);
                ctx.executor().execute(() -> answer(ctx, request, result));
            });
        } catch (RejectedExecutionException e) {
            respond(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, Map.of("error", "try again in a moment"), null, 0);
        }
    }

    private static void answer(ChannelHandlerContext ctx, FullHttpRequest request, SignIn.Result result) {
        switch (result) {
            case SignIn.Result.Success success -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("token", success.token());
                body.put("name", success.principal().account().name());
                body.put("role", success.principal().role().name().toLowerCase(java.util.Locale.ROOT));
                body.put("rooms", success.principal().account().rooms().stream().map(RoomId::value).sorted().toList());
                body.put("expires", success.principal().expires().toEpochMilli());
                long maxAge = Math.max(0, (success.principal().expires().toEpochMilli() - System.currentTimeMillis()) / 1000);
                String cookie = COOKIE + "=" + success.token() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + maxAge;
                respond(ctx, request, HttpResponseStatus.OK, body, cookie, 0);
            }
            case SignIn.Result.Refused refused -> respond(ctx, request, HttpResponseStatus.UNAUTHORIZED,
                    Map.of("error", "wrong name or password"), null, 0);
            case SignIn.Result.Throttled throttled -> {
                long seconds = Math.max(1, throttled.retryAfter().toSeconds());
                respond(ctx, request, HttpResponseStatus.TOO_MANY_REQUESTS,
                        Map.of("error", "too many failed sign-ins; try again in " + Math.max(1, seconds / 60) + " minutes"),
                        null, seconds);
            }
        }
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                                Map<String, ?> body, String cookie, long retryAfterSeconds) {
        try {
            byte[] json = JSON.writeValueAsBytes(body);
            Map<CharSequence, Object> headers = new LinkedHashMap<>();
            if (cookie != null) {
                headers.put(HttpHeaderNames.SET_COOKIE, cookie);
            }
            if (retryAfterSeconds > 0) {
                headers.put(HttpHeaderNames.RETRY_AFTER, retryAfterSeconds);
            }
            HttpResponses.send(ctx, request, status, "application/json", Unpooled.wrappedBuffer(json), false, headers);
        } catch (IOException e) {
            HttpResponses.send(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8",
                    Unpooled.copiedBuffer("Sign-in failed.\n", StandardCharsets.UTF_8), false, Map.of());
        } finally {
            request.release();
        }
    }
}
