package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Everything the server logs during a whole conversation (start, posts, a hold and its approval,
 * a bad frame, a disconnect, shutdown), captured at debug level, holds none of the text sent.
 */
class LogPrivacyEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final String CANARY = "log capture canary";

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void capture() {
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.setLevel(rootLevel);
        root.detachAppender(captured);
        captured.stop();
    }

    @Test
    void noMessageTextEverReachesTheLog() throws Exception {
        List<String> secrets = List.of("marmalade-sky-4172", "the-kettle-whistles-8813", "quietly-heron-5520",
                "teapot-story-9034");
        LoggerFactory.getLogger(org.hearth.server.HearthServer.class).debug(CANARY);
        Staff.Seeded seeded = Staff.operator("olive");
        try (RunningServer server = RunningServer.start(seeded.data(), "room.lounge.words.hold", "teapot")) {
            String token = Staff.signIn(server.url, "olive", seeded.password());
            try (WsClient ash = WsClient.joined(server.url, "ash", "lounge");
                 WsClient birch = WsClient.joined(server.url, "birch", "lounge");
                 WsClient olive = Staff.joined(server.url, token, "olive", LOUNGE)) {
                ash.send(new ClientMessage.Send(LOUNGE, "m1", "first " + secrets.get(0)));
                birch.await(ServerMessage.Message.class, m -> m.text().contains(secrets.get(0)));
                birch.send(new ClientMessage.Send(LOUNGE, "m2", "second " + secrets.get(1)));
                ash.await(ServerMessage.Message.class, m -> m.text().contains(secrets.get(1)));
                ash.send(new ClientMessage.Send(LOUNGE, "m3", "about my " + secrets.get(3)));
                olive.send(new ClientMessage.Approve(LOUNGE, olive.await(ServerMessage.Held.class).heldId()));
                birch.await(ServerMessage.Message.class, m -> m.text().contains(secrets.get(3)));
                birch.sendRaw("{\"type\":\"send\",\"room\":\"lounge\",\"text\":\"" + secrets.get(2) + "\"");
                birch.await(ServerMessage.Error.class);
            }
        }

        // The capture sees the server's loggers at debug level (a quiet run may log nothing else).
        assertThat(captured.list).anyMatch(event -> event.getFormattedMessage().equals(CANARY));
        for (ILoggingEvent event : captured.list) {
            String logged = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(logged).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
            }
            assertThat(logged).as("log line of %s", event.getLoggerName()).doesNotContain("127.0.0.1");
        }
    }
}
