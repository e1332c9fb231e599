package org.hearth.server.config;

/**
 * How operators watch the server: who may read {@code GET /metrics}, and how the console log is
 * written. Immutable.
 *
 * @param metricsAccess who may scrape the metrics
 * @param logFormat the console log's format
 */
public record ObservabilityConfig(MetricsAccess metricsAccess, LogFormat logFormat) {
    /** Who may read {@code GET /metrics}. */
    public enum MetricsAccess {
        /** A signed-in operator (bearer token or sign-in cookie); 401 without one, 403 for other staff. */
        OPERATOR,
        /** Anyone who can reach the bind address (for a Prometheus on a private network). */
        OPEN
    }

    /** The console log's format. */
    public enum LogFormat {
        /** One readable line per event. */
        TEXT,
        /** One JSON object per line, for a log collector. */
        JSON
    }

    public ObservabilityConfig {
        java.util.Objects.requireNonNull(metricsAccess, "metricsAccess");
        java.util.Objects.requireNonNull(logFormat, "logFormat");
    }
}
