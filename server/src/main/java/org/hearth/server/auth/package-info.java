/**
 * Staff accounts and sign-in: moderators and operators have named accounts with Argon2id password
 * hashes; signing in gives a bearer token the WebSocket upgrade accepts. Members have no account.
 * May use the store interfaces, the protocol module and the JDK.
 */
package org.hearth.server.auth;
