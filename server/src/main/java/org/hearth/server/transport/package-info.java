/**
 * The network edge: event loops, the listening socket and graceful shutdown. This package and its
 * subpackages are the only code that imports Netty.
 */
package org.hearth.server.transport;
