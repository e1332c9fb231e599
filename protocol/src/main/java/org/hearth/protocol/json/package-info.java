/**
 * The JSON codec for protocol v1: turns text-frame bytes into protocol records once, at the edge,
 * with tight limits for untrusted input, and records into bytes. Depends on Jackson only.
 */
package org.hearth.protocol.json;
