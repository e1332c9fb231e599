package org.hearth.server.transport.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;

/** Where a request carries a staff sign-in: a bearer header (any client) or the sign-in cookie (browsers). */
public final class StaffCredentials {
    private StaffCredentials() {
    }

    /** The token from {@code Authorization: Bearer ...}, or null. */
    public static String bearer(HttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        return header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).trim() : null;
    }

    /** The token from the sign-in cookie, or null. */
    public static String cookie(HttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.COOKIE);
        if (header == null) {
            return null;
        }
        for (Cookie cookie : ServerCookieDecoder.STRICT.decode(header)) {
            if (SignInHandler.COOKIE.equals(cookie.name())) {
                return cookie.value();
            }
        }
        return null;
    }

    /** The bearer token if there is one, else the cookie's. */
    public static String any(HttpRequest request) {
        String bearer = bearer(request);
        return bearer != null ? bearer : cookie(request);
    }
}
