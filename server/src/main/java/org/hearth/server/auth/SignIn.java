package org.hearth.server.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * Signing in: checks the limiter, then the password, then issues a token. Blocking (the password
 * check is slow on purpose): the HTTP edge runs it on its own executor.
 */
public final class SignIn {

    /** What came of an attempt. */
    public sealed interface Result {
        /** Signed in; present {@code token} as a bearer token or the session cookie. */
        record Success(String token, Principal principal) implements Result {
        }

        /** Wrong name or password (which one is not said). */
        record Refused() implements Result {
        }

        /** Too many failures: try again after {@code retryAfter}. */
        record Throttled(Duration retryAfter) implements Result {
        }
    }

    private final Accounts accounts;
    private final StaffTokens tokens;
    private final SignInLimiter limiter;

    public SignIn(Accounts accounts, StaffTokens tokens, SignInLimiter limiter) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.limiter = limiter;
    }

    /**
     * @param address who is trying, for the limiter only (kept in memory for the limiter's
     *     window, never logged)
     */
    public Result attempt(String name, String password, String address) {
        Duration wait = limiter.waitBefore(name, address);
        if (!wait.isZero()) {
            return new Result.Throttled(wait);
        }
        Optional<Account> account = accounts.check(name, password);
        if (account.isEmpty()) {
            limiter.failed(name, address);
            return new Result.Refused();
        }
        limiter.succeeded(name);
        String token = tokens.issue(account.get());
        return new Result.Success(token, tokens.authenticate(token));
    }
}
