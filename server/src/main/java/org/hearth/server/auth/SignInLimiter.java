package org.hearth.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed sign-ins for one account name, or
 * from one client address, within {@link #WINDOW}, further attempts for it are refused until the
 * window has passed, without even checking the password. Success clears the name's count.
 * Thread-safe; time comes from the injected clock.
 */
public final class SignInLimiter {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private record Failures(int count, long windowStartMillis) {
    }

    private final Clock clock;
    private final Map<String, Failures> byKey = new HashMap<>();

    public SignInLimiter(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying this name from this address; zero when it may try now. */
    public synchronized Duration waitBefore(String name, String address) {
        long now = clock.millis();
        long wait = Math.max(remaining("name:" + name, now), remaining("addr:" + address, now));
        return Duration.ofMillis(wait);
    }

    public synchronized void failed(String name, String address) {
        long now = clock.millis();
        bump("name:" + name, now);
        bump("addr:" + address, now);
    }

    public synchronized void succeeded(String name) {
        byKey.remove("name:" + name);
    }

    private long remaining(String key, long now) {
        Failures failures = byKey.get(key);
        if (failures == null) {
            return 0;
        }
        long ends = failures.windowStartMillis + WINDOW.toMillis();
        if (now >= ends) {
            byKey.remove(key);
            return 0;
        }
        return failures.count >= MAX_FAILURES ? ends - now : 0;
    }

    private void bump(String key, long now) {
        Failures failures = byKey.get(key);
        if (failures == null || now >= failures.windowStartMillis + WINDOW.toMillis()) {
            byKey.put(key, new Failures(1, now));
        } else {
            byKey.put(key, new Failures(failures.count + 1, failures.windowStartMillis));
        }
    }
}
