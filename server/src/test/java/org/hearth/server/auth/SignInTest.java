package org.hearth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hearth.protocol.RoomId;
import org.hearth.server.store.memory.InMemoryAccountStore;
import org.hearth.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

class SignInTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));
    private final Accounts accounts = new Accounts(new InMemoryAccountStore(), new PasswordHasher(1024, 1, 1));
    private final StaffTokens tokens = new StaffTokens(clock, Duration.ofHours(12));
    private final SignIn signIn = new SignIn(accounts, tokens, new SignInLimiter(clock));

    @Test
    void aModeratorSignsInAndTheTokenStandsForTheAccountUntilItExpires() {
        String password = accounts.create("jo", Role.MODERATOR, Set.of(new RoomId("lounge")));

        SignIn.Result result = signIn.attempt("jo", password, "127.0.0.1");

        assertThat(result).isInstanceOf(SignIn.Result.Success.class);
        String token = ((SignIn.Result.Success) result).token();
        Principal principal = tokens.authenticate(token);
        assertThat(principal.role()).isEqualTo(Role.MODERATOR);
        assertThat(principal.moderates(new RoomId("lounge"))).isTrue();
        assertThat(principal.moderates(new RoomId("attic"))).isFalse();
        clock.advance(Duration.ofHours(12));
        assertThat(tokens.authenticate(token)).isNull();
    }

    @Test
    void aWrongPasswordAndAnUnknownNameAreRefusedAlike() {
        accounts.create("jo", Role.MODERATOR, Set.of(new RoomId("lounge")));

        assertThat(signIn.attempt("jo", "guess", "127.0.0.1")).isInstanceOf(SignIn.Result.Refused.class);
        assertThat(signIn.attempt("nobody", "guess", "127.0.0.2")).isInstanceOf(SignIn.Result.Refused.class);
    }

    @Test
    void wrongPasswordsAreRateLimitedEvenWhenTheRightOneComesNext() {
        String password = accounts.create("jo", Role.MODERATOR, Set.of(new RoomId("lounge")));
        for (int i = 0; i < SignInLimiter.MAX_FAILURES; i++) {
            assertThat(signIn.attempt("jo", "guess" + i, "127.0.0.1")).isInstanceOf(SignIn.Result.Refused.class);
        }

        SignIn.Result blocked = signIn.attempt("jo", password, "127.0.0.1");

        assertThat(blocked).isInstanceOf(SignIn.Result.Throttled.class);
        assertThat(((SignIn.Result.Throttled) blocked).retryAfter()).isPositive().isLessThanOrEqualTo(SignInLimiter.WINDOW);
        clock.advance(SignInLimiter.WINDOW);
        assertThat(signIn.attempt("jo", password, "127.0.0.1")).isInstanceOf(SignIn.Result.Success.class);
    }

    @Test
    void oneAddressGuessingManyNamesIsLimitedToo() {
        for (int i = 0; i < SignInLimiter.MAX_FAILURES; i++) {
            signIn.attempt("name" + i, "guess", "127.0.0.9");
        }

        assertThat(signIn.attempt("another", "guess", "127.0.0.9")).isInstanceOf(SignIn.Result.Throttled.class);
        assertThat(signIn.attempt("another", "guess", "127.0.0.8")).isInstanceOf(SignIn.Result.Refused.class);
    }

    @Test
    void theFirstStartMakesOneOperatorWithAOneTimePasswordAndOnlyOnce() {
        String password = accounts.ensureAnOperator().orElseThrow();

        assertThat(accounts.ensureAnOperator()).isEmpty();
        assertThat(signIn.attempt(Accounts.FIRST_OPERATOR, password, "127.0.0.1"))
                .isInstanceOf(SignIn.Result.Success.class);
        String reset = accounts.resetPassword(Accounts.FIRST_OPERATOR).orElseThrow();
        assertThat(accounts.check(Accounts.FIRST_OPERATOR, password)).as("the old password stops working").isEmpty();
        assertThat(accounts.check(Accounts.FIRST_OPERATOR, reset)).isPresent();
    }
}
