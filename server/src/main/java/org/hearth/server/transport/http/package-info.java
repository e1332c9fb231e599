/**
 * Plain HTTP: the web client's static files (with a strict Content-Security-Policy) and the health
 * check. May use Netty.
 */
package org.hearth.server.transport.http;
