package org.hearth.server.transport.websocket;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.Limits;
import org.hearth.server.metrics.TransportMetrics;
import org.hearth.server.room.ChatService;
import org.hearth.server.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application end of one WebSocket: says hello first, then hands joins, leaves and sends to
 * the {@link ChatService}; sends decode errors back; tells the service when the connection goes.
 * Pings a connection that has gone quiet and closes it if it stays quiet.
 *
 * <p>One per channel, used only on the channel's event loop.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(SessionHandler.class);

    private final ChatService chat;
    private final Lanes lanes;
    private final FrameBytes frames;
    private final Limits limits;
    private final HttpRoutes httpRoutes;
    private final ChannelGroup openChannels;
    private final TransportMetrics metrics;
    private WebSocketConnection connection;
    private Session session;

    SessionHandler(ChatService chat, Lanes lanes, FrameBytes frames, Limits limits, HttpRoutes httpRoutes,
                   ChannelGroup openChannels, TransportMetrics metrics) {
        this.httpRoutes = httpRoutes;
        this.metrics = metrics;
        this.chat = chat;
        this.lanes = lanes;
        this.frames = frames;
        this.limits = limits;
        this.openChannels = openChannels;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            connection = new WebSocketConnection(ctx.channel(), lanes.of(ctx.channel().eventLoop()), frames, limits,
                    metrics);
            ctx.channel().attr(WebSocketConnection.OF_CHANNEL).set(connection);
            metrics.opened();
            httpRoutes.removeFrom(ctx.pipeline());
            if (ctx.pipeline().get(HandshakeRefusals.NAME) != null) {
                ctx.pipeline().remove(HandshakeRefusals.NAME);
            }
            openChannels.add(ctx.channel());
        } else if (event instanceof IdleStateEvent idle) {
            if (connection == null) {
                ctx.close(); // an idle plain-HTTP connection
            } else if (idle.isFirst()) {
                ctx.writeAndFlush(new PingWebSocketFrame());
            } else {
                connection.close(CloseCode.GOING_AWAY);
            }
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (connection == null) {
            ctx.fireChannelRead(msg); // plain HTTP, not ours
            return;
        }
        metrics.frameIn();
        switch (msg) {
            case ServerMessage.Error error -> connection.send(error);
            case CloseCode code -> connection.close(code); // the decoder's verdict on a frame
            case ClientMessage.Hello hello -> {
                if (session != null) {
                    connection.send(ServerMessage.Error.of(ErrorCode.ALREADY_GREETED,
                            "this connection already said hello as '" + session.handle() + "'", hello.type(), null, null));
                } else {
                    session = chat.hello(connection, hello, ctx.channel().attr(UpgradeGuardHandler.PRINCIPAL).get());
                }
            }
            case ClientMessage frame when session == null -> connection.send(ServerMessage.Error.of(
                    ErrorCode.HELLO_REQUIRED, "say hello with a handle before " + frame.type(), frame.type(), null, null));
            case ClientMessage.Join join -> chat.join(session, connection, join);
            case ClientMessage.Leave leave -> chat.leave(session, leave);
            case ClientMessage.Send send -> chat.send(session, send);
            case ClientMessage.RoomCommand command -> chat.command(session, command);
            default -> ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (connection != null) {
            connection.writabilityChanged();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (connection != null) {
            metrics.closedConnection();
        }
        if (session != null) {
            chat.disconnected(session, connection);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (connection != null && cause instanceof TooLongFrameException) {
            connection.close(CloseCode.MESSAGE_TOO_BIG);
        } else if (connection != null && cause instanceof CorruptedFrameException) {
            connection.close(CloseCode.POLICY_VIOLATION);
        } else {
            // No address and no content in the log: only what kind of failure it was.
            log.debug("closing a connection after {}", cause.getClass().getSimpleName());
            ctx.close();
        }
    }
}
