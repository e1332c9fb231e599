package org.hearth.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.hearth.server.config.ObservabilityConfig.LogFormat;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code logging.format} to the console appender that {@code logback.xml} sets up: the
 * readable pattern there, or Logback's own {@link JsonEncoder}, one JSON object per line. The
 * JSON carries the level, time, thread, logger and the formatted line; not the raw arguments
 * (already in the line) nor the MDC or key-value lists, which the server does not fill and which
 * a library could fill with a client's address. What the server logs is the same in either
 * format: never message text, handles tied to addresses or IP addresses.
 *
 * <p>Threading: call once at start-up, before the server logs from other threads.
 */
final class ConsoleLogFormat {
    /** The console appender's name in {@code logback.xml}. */
    static final String APPENDER = "console";
    static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    private ConsoleLogFormat() {
    }

    /**
     * Sets the console appender's encoder for {@code format}. Does nothing when Logback is not the
     * logging backend or the appender is not there (an embedding application's own set-up wins).
     */
    static void apply(LogFormat format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!(root.getAppender(APPENDER) instanceof ConsoleAppender<ILoggingEvent> console)) {
            return;
        }
        Encoder<ILoggingEvent> encoder = format == LogFormat.JSON ? json(context) : text(context);
        console.stop();
        console.setEncoder(encoder);
        console.start();
    }

    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithMDC(false);
        encoder.setWithKVPList(false);
        encoder.setWithMarkers(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }
}
