/**
 * The Micrometer backend of {@link org.hearth.server.metrics.HearthMetrics}: a Prometheus
 * registry with Hearth's meters and the JVM binders, scraped as text. The only package that
 * imports Micrometer. May use the JDK and Micrometer.
 */
package org.hearth.server.metrics.micrometer;
