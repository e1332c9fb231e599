package org.hearth.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server to connect to, as {@code store.url} gives it: the JDBC URL, and the user and
 * password apart from it. {@link #toString()} never shows the password, so the URL can be named
 * in errors and logs.
 *
 * @param jdbcUrl {@code jdbc:postgresql://HOST:PORT/DATABASE?...}
 * @param user the role to connect as; null when the JDBC URL names it
 * @param password the role's password; null when there is none or the JDBC URL gives it
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    static final String EXAMPLE = "postgresql://hearth:PASSWORD@127.0.0.1:5432/hearth";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");

    /**
     * Reads {@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE?PARAMETERS} (the form libpq and most
     * hosting services give; {@code postgres://} too; the port defaults to 5432; user and
     * password are percent-encoded) or a JDBC URL {@code jdbc:postgresql://...} as it is.
     */
    public static DatabaseUrl parse(String key, String value) {
        String url = value.trim();
        if (url.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(url, null, null);
        }
        String expected = " (expected: a PostgreSQL URL such as " + EXAMPLE + ", or jdbc:postgresql://...)";
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + ": not a URL" + expected);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException(key + ": the scheme is '" + uri.getScheme() + "'" + expected);
        }
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new IllegalArgumentException(key + ": it needs a host and a database" + expected);
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query, user, password);
    }

    /** Percent-decoding as in a URI: a '+' stays a '+'. */
    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The same server with one more JDBC parameter, {@code name=value} (for tests: a schema of their own). */
    public DatabaseUrl with(String name, String value) {
        return new DatabaseUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + name + "=" + value, user, password);
    }

    /** The URL and user, without the password. */
    @Override
    public String toString() {
        String shown = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
        return user == null ? shown : shown + " as " + user;
    }
}
