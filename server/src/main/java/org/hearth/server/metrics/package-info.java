/**
 * What the server counts and measures, as plain interfaces: {@link
 * org.hearth.server.metrics.HearthMetrics} hands each part of the server (rooms, transport, store)
 * its own recorder, and every method has a no-op default, so a server or test built without
 * metrics pays nothing. The Micrometer backend lives in {@code metrics.micrometer}; no Micrometer
 * type leaves these packages. May use the JDK only (the backend: Micrometer too).
 */
package org.hearth.server.metrics;
