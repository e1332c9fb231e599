/**
 * Plain HTTP: the web client's static files (with a strict Content-Security-Policy), the public
 * room list and charters, staff sign-in, the audit log, charter edits, and the operators'
 * endpoints: liveness ({@code /healthz}), readiness ({@code /readyz}) and the Prometheus metrics
 * ({@code /metrics}). May use Netty.
 */
package org.hearth.server.transport.http;
