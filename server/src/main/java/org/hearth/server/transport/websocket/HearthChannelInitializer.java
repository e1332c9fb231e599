package org.hearth.server.transport.websocket;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.Protocol;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.config.Limits;
import org.hearth.server.room.ChatService;
import org.hearth.server.auth.StaffTokens;
import org.hearth.server.metrics.TransportMetrics;

/**
 * Every connection's pipeline, in wire order. Read top to bottom, this is the server's edge:
 * HTTP first, then, on {@code /ws}, the upgrade guard, the handshake, and the WebSocket handlers.
 * After the handshake the HTTP handlers leave and the WebSocket codec takes the HTTP codec's place.
 */
public final class HearthChannelInitializer extends ChannelInitializer<SocketChannel> {

    /** A connection silent this long is pinged; silent for twice as long, it is closed. */
    private static final long IDLE_SECONDS = 45;

    private final ChatService chat;
    private final Lanes lanes;
    private final FrameBytes frames;
    private final ProtocolCodec codec;
    private final Limits limits;
    private final OriginPolicy origins;
    private final ConnectionLimiter connectionLimiter;
    private final HttpRoutes httpRoutes;
    private final StaffTokens tokens;
    private final ChannelGroup openChannels;
    private final WebSocketServerProtocolConfig webSocketConfig;
    private final TransportMetrics metrics;

    public HearthChannelInitializer(ChatService chat, Lanes lanes, FrameBytes frames, ProtocolCodec codec,
                                    Limits limits, OriginPolicy origins, ConnectionLimiter connectionLimiter,
                                    HttpRoutes httpRoutes, StaffTokens tokens, ChannelGroup openChannels,
                                    TransportMetrics metrics) {
        this.metrics = metrics;
        this.chat = chat;
        this.lanes = lanes;
        this.frames = frames;
        this.codec = codec;
        this.limits = limits;
        this.origins = origins;
        this.connectionLimiter = connectionLimiter;
        this.httpRoutes = httpRoutes;
        this.tokens = tokens;
        this.openChannels = openChannels;
        this.webSocketConfig = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(Protocol.WEBSOCKET_PATH)
                .subprotocols(Protocol.SUBPROTOCOL)
                .checkStartsWith(false)
                .allowExtensions(false) // broadcasts are pre-encoded frames: no permessage-deflate
                .handleCloseFrames(true)
                .dropPongFrames(true)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(limits.frameBytes())
                        .expectMaskedFrames(true)
                        .allowMaskMismatch(false)
                        .allowExtensions(false)
                        .closeOnProtocolViolation(true)
                        .withUTF8Validator(true)
                        .build())
                .build();
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("http-codec", new HttpServerCodec(4096, 8192, 8192));
        pipeline.addLast("idle", new IdleStateHandler(IDLE_SECONDS, 0, 0, TimeUnit.SECONDS));
        pipeline.addLast("http-aggregator", new HttpObjectAggregator(8192));
        httpRoutes.addTo(pipeline);
        pipeline.addLast("upgrade-guard", new UpgradeGuardHandler(origins, connectionLimiter, tokens, metrics));
        pipeline.addLast("websocket-protocol", new WebSocketServerProtocolHandler(webSocketConfig));
        pipeline.addLast("frame-aggregator", new WebSocketFrameAggregator(limits.frameBytes()));
        pipeline.addLast("frame-rate-limit", new FrameRateLimitHandler(limits.framesPerSecond(), System::nanoTime));
        pipeline.addLast("client-frame-decoder", new ClientFrameDecoder(codec));
        pipeline.addLast("session", new SessionHandler(chat, lanes, frames, limits, httpRoutes, openChannels, metrics));
    }
}
