/**
 * The black-box load generator: open-loop WebSocket members on a few Netty threads, the standard
 * scenarios, latency and loss accounting, and the JSON and HTML reports. Talks to a server over a
 * socket only; may use the protocol module, Netty's client side and HdrHistogram, never server classes.
 */
package org.hearth.load;
