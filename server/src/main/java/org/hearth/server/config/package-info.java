/**
 * Configuration: immutable records, loaded from a file, the environment and command-line flags,
 * validated once at start-up. Defaults just work on a laptop. Uses the JDK only.
 */
package org.hearth.server.config;
