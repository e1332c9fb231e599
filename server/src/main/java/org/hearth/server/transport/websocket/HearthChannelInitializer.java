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
import org.hearth.server.transport.http.AuditHandler;
import org.hearth.server.transport.http.CharterEditHandler;
import org.hearth.server.transport.http.HttpRoutesHandler;
import org.hearth.server.transport.http.LiveHealthHandler;
import org.hearth.server.transport.http.MetricsHandler;
import org.hearth.server.transport.http.ReadinessHandler;
import org.hearth.server.transport.http.RoomPulseHandler;
import org.hearth.server.metrics.TransportMetrics;
import org.hearth.server.transport.http.SignInHandler;

/**
 * Every connection's pipeline, in wire order. Read top to bottom, this is the server's edge:
 * HTTP first, then, on {@code /ws}, the upgrade guard, the handshake, and the WebSocket handlers.
 * After the handshake the HTTP handlers leave and the WebSocket codec takes the HTTP codec's place.
 */
public final class HearthChannelInitializer extends ChannelInitializer<SocketChannel> {
    static final String HTTP_ROUTES = "http-routes";
    static final String SIGN_IN = "sign-in";
    static final String AUDIT = "audit";
    static final String CHARTER_EDIT = "charter-edit";
    static final String METRICS = "metrics";
    static final String READINESS = "readiness";
    static final String ROOM_PULSE = "room-pulse";
    static final String LIVE_HEALTH = "live-health";

    /** A connection silent this long is pinged; silent for twice as long, it is closed. */
    private static final long IDLE_SECONDS = 45;

    private final ChatService chat;
    private final Lanes lanes;
    private final FrameBytes frames;
    private final ProtocolCodec codec;
    private final Limits limits;
    private final OriginPolicy origins;
    private final ConnectionLimiter connectionLimiter;
    private final HttpRoutesHandler httpRoutes;
    private final SignInHandler signIn;
    private final AuditHandler audit;
    private final CharterEditHandler charterEdits;
    private final StaffTokens tokens;
    private final ChannelGroup openChannels;
    private final WebSocketServerProtocolConfig webSocketConfig;
    private final MetricsHandler metricsHandler;
    private final ReadinessHandler readiness;
    private final RoomPulseHandler roomPulse;
    private final LiveHealthHandler liveHealth;
    private final TransportMetrics metrics;

    public HearthChannelInitializer(ChatService chat, Lanes lanes, FrameBytes frames, ProtocolCodec codec,
                                    Limits limits, OriginPolicy origins, ConnectionLimiter connectionLimiter,
                                    HttpRoutesHandler httpRoutes, SignInHandler signIn, AuditHandler audit,
                                    CharterEditHandler charterEdits, StaffTokens tokens, ChannelGroup openChannels,
                                    MetricsHandler metricsHandler, ReadinessHandler readiness, RoomPulseHandler roomPulse,
                                    LiveHealthHandler liveHealth, TransportMetrics metrics) {
        this.roomPulse = roomPulse;
        this.liveHealth = liveHealth;
        this.metricsHandler = metricsHandler;
        this.readiness = readiness;
        this.metrics = metrics;
        this.chat = chat;
        this.lanes = lanes;
        this.frames = frames;
        this.codec = codec;
        this.limits = limits;
        this.origins = origins;
        this.connectionLimiter = connectionLimiter;
        this.httpRoutes = httpRoutes;
        this.signIn = signIn;
        this.audit = audit;
        this.charterEdits = charterEdits;
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
        pipeline.addLast(LIVE_HEALTH, liveHealth); // first: once a channel streams, it takes no other request
        pipeline.addLast(SIGN_IN, signIn);
        pipeline.addLast(AUDIT, audit);
        pipeline.addLast(CHARTER_EDIT, charterEdits);
        pipeline.addLast(METRICS, metricsHandler);
        pipeline.addLast(READINESS, readiness);
        pipeline.addLast(ROOM_PULSE, roomPulse);
        pipeline.addLast(HTTP_ROUTES, httpRoutes);
        pipeline.addLast("upgrade-guard", new UpgradeGuardHandler(origins, connectionLimiter, tokens, metrics));
        pipeline.addLast("websocket-protocol", new WebSocketServerProtocolHandler(webSocketConfig));
        pipeline.addLast("frame-aggregator", new WebSocketFrameAggregator(limits.frameBytes()));
        pipeline.addLast("frame-rate-limit", new FrameRateLimitHandler(limits.framesPerSecond(), System::nanoTime));
        pipeline.addLast("client-frame-decoder", new ClientFrameDecoder(codec));
        pipeline.addLast("session", new SessionHandler(chat, lanes, frames, limits, openChannels, metrics));
    }
}
