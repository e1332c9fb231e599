package org.hearth.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.hearth.server.config.ObservabilityConfig.LogFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** logging.format switches the console between readable lines and one JSON object per line. */
class ConsoleLogFormatTest {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void backToText() {
        ConsoleLogFormat.apply(LogFormat.TEXT);
    }

    private Encoder<ILoggingEvent> consoleEncoder() {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        return ((ConsoleAppender<ILoggingEvent>) root.getAppender(ConsoleLogFormat.APPENDER)).getEncoder();
    }

    private String encode(String template, Object... arguments) {
        Logger logger = context.getLogger("org.hearth.server.SomeComponent");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, template, null, arguments);
        return new String(consoleEncoder().encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void jsonFormatWritesOneJsonObjectPerLineWithTheFormattedLine() throws Exception {
        ConsoleLogFormat.apply(LogFormat.JSON);

        String line = encode("a write failed; {} messages were not stored", 3);

        assertThat(consoleEncoder()).isInstanceOf(JsonEncoder.class);
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("WARN");
        assertThat(json.path("loggerName").asText()).isEqualTo("org.hearth.server.SomeComponent");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("a write failed; 3 messages were not stored");
        assertThat(json.has("arguments")).isFalse();
        assertThat(json.has("mdc")).isFalse();
    }

    @Test
    void textFormatWritesTheReadablePattern() {
        ConsoleLogFormat.apply(LogFormat.JSON);
        ConsoleLogFormat.apply(LogFormat.TEXT);

        assertThat(encode("started on port {}", 8080)).endsWith("WARN  SomeComponent - started on port 8080" + System.lineSeparator());
    }
}
