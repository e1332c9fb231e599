/**
 * Wire protocol v1: the frames a client and the server exchange, as records in two sealed
 * hierarchies, with the stable error and close codes. Depends on the JDK and Jackson
 * annotations only; see {@code protocol/PROTOCOL.md} for the written specification.
 */
package org.hearth.protocol;
