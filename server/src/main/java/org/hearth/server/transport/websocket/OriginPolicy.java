package org.hearth.server.transport.websocket;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser pages may open a WebSocket (the defence against cross-site WebSocket hijacking).
 * With no allowed origins configured, only a page served by the same host and port may connect.
 * A request without an Origin header is not from a browser page and is let through.
 */
public final class OriginPolicy {
    private final Set<String> allowed;

    public OriginPolicy(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(OriginPolicy::normalise).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(String origin, String host) {
        if (origin == null) {
            return true;
        }
        String normalised = normalise(origin);
        if (!allowed.isEmpty()) {
            return allowed.contains(normalised);
        }
        if (host == null) {
            return false;
        }
        String authority = authorityOf(normalised);
        return authority != null && authority.equals(withDefaultPort(host.toLowerCase(Locale.ROOT), schemeOf(normalised)));
    }

    private static String normalise(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static String schemeOf(String origin) {
        int colon = origin.indexOf("://");
        return colon < 0 ? "" : origin.substring(0, colon);
    }

    /** host:port of an origin, with the scheme's default port filled in; null if it is not a URL. */
    private static String authorityOf(String origin) {
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            String host = uri.getHost();
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
            return host + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String withDefaultPort(String host, String scheme) {
        boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
        return hasPort ? host : host + ":" + defaultPort(scheme);
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) || "wss".equals(scheme) ? 443 : 80;
    }
}
