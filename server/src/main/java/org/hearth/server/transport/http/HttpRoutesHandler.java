package org.hearth.server.transport.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import org.hearth.protocol.Protocol;

/**
 * Plain HTTP routes: {@code /healthz}, the public room list ({@code /rooms}) and charters
 * ({@code /rooms/{room}/charter}), and the web client's files. The WebSocket path passes on to
 * the upgrade. Stateless, so one instance serves every channel.
 */
@ChannelHandler.Sharable
public final class HttpRoutesHandler extends ChannelInboundHandlerAdapter {
    private static final byte[] HEALTHY = "{\"status\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);

    private static final java.util.regex.Pattern CHARTER = java.util.regex.Pattern.compile("/rooms/([^/]+)/charter");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final StaticFiles files;
    private final Charters charters;

    public HttpRoutesHandler(StaticFiles files, Charters charters) {
        this.files = files;
        this.charters = charters;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        if (path.equals(Protocol.WEBSOCKET_PATH)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (!request.decoderResult().isSuccess()) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.BAD_REQUEST, "Bad request.\n");
            return;
        }
        if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method())) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, "Only GET and HEAD.\n");
            return;
        }
        try {
            if (path.equals("/healthz")) {
                HttpResponses.send(ctx, request, HttpResponseStatus.OK, "application/json",
                        Unpooled.wrappedBuffer(HEALTHY), false);
                return;
            }
            if (path.equals("/rooms")) {
                sendJson(ctx, request, java.util.Map.of("rooms", charters.list()));
                return;
            }
            java.util.regex.Matcher charter = CHARTER.matcher(path);
            if (charter.matches()) {
                sendCharter(ctx, request, charter.group(1));
                return;
            }
            StaticFiles.File file = files.get(path);
            if (file == null) {
                HttpResponses.send(ctx, request, HttpResponseStatus.NOT_FOUND, "text/plain; charset=utf-8",
                        Unpooled.copiedBuffer("Not found.\n", StandardCharsets.UTF_8), false);
                return;
            }
            HttpResponses.send(ctx, request, HttpResponseStatus.OK, file.contentType(),
                    Unpooled.wrappedBuffer(file.bytes()), true);
        } finally {
            request.release();
        }
    }

    /** {@code GET /rooms/{room}/charter}: public, for members, practitioners and quality reviewers. */
    private void sendCharter(ChannelHandlerContext ctx, FullHttpRequest request, String room) {
        java.util.Map<String, Object> document;
        try {
            document = charters.document(new org.hearth.protocol.RoomId(room));
        } catch (org.hearth.protocol.ProtocolViolation e) {
            document = null;
        }
        if (document == null) {
            HttpResponses.send(ctx, request, HttpResponseStatus.NOT_FOUND, "text/plain; charset=utf-8",
                    Unpooled.copiedBuffer("No such room.\n", StandardCharsets.UTF_8), false);
            return;
        }
        sendJson(ctx, request, document);
    }

    private static void sendJson(ChannelHandlerContext ctx, FullHttpRequest request, Object document) {
        try {
            HttpResponses.send(ctx, request, HttpResponseStatus.OK, "application/json",
                    Unpooled.wrappedBuffer(JSON.writeValueAsBytes(document)), false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a public room document could not be written as JSON", e);
        }
    }
}
