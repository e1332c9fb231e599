package org.hearth.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for signed-in staff: 256 random bits each, valid for a fixed time, kept only in
 * memory (a restart signs everyone out). Thread-safe.
 */
public final class StaffTokens {
    private final Map<String, Principal> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;

    public StaffTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Signs the account in; returns the token to present. */
    public String issue(Account account) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        byToken.put(token, new Principal(account, clock.instant().plus(lifetime)));
        return token;
    }

    /** The principal the token stands for, or null when it is unknown or has expired. */
    public Principal authenticate(String token) {
        if (token == null) {
            return null;
        }
        Principal principal = byToken.get(token);
        if (principal == null) {
            return null;
        }
        if (!clock.instant().isBefore(principal.expires())) {
            byToken.remove(token);
            return null;
        }
        return principal;
    }


    public void revoke(String token) {
        byToken.remove(token);
    }
}
