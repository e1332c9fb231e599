package org.hearth.server.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.protocol.RoomId;
import org.hearth.server.store.AccountStore;
import org.hearth.server.store.AccountStore.StoredAccount;

/**
 * Creating, resetting and checking staff accounts. Passwords are generated here (never chosen
 * on a command line, where shells keep history) and shown once; only their hashes are kept.
 * Blocking (hashing is slow on purpose, the store is a database): never on an event loop.
 */
public final class Accounts {
    /** The name of the operator account made on first start. */
    public static final String FIRST_OPERATOR = "operator";

    /** How long a sign-in lasts. */
    public static final Duration SIGN_IN_LIFETIME = Duration.ofHours(12);

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    public Accounts(AccountStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** The account with that name, or empty. */
    public Optional<Account> find(String name) {
        return store.find(name).map(Accounts::fromStored);
    }

    /** Creates (or replaces) an account with a new generated password, which is returned once. */
    public String create(String name, Role role, Set<RoomId> rooms) {
        String password = generatePassword();
        Account account = new Account(name, role, role == Role.OPERATOR ? Set.of() : rooms, hasher.hash(password));
        store.save(toStored(account));
        return password;
    }

    /** Gives an existing account a new generated password, returned once; empty if there is no such account. */
    public Optional<String> resetPassword(String name) {
        return find(name).map(account -> {
            String password = generatePassword();
            store.save(toStored(account.withPasswordHash(hasher.hash(password))));
            return password;
        });
    }

    /**
     * On first start there is no operator: makes {@value #FIRST_OPERATOR} with a one-time password
     * and returns it. Empty when an operator exists.
     */
    public Optional<String> ensureAnOperator() {
        if (store.anyOperator()) {
            return Optional.empty();
        }
        return Optional.of(create(FIRST_OPERATOR, Role.OPERATOR, Set.of()));
    }

    /** The account when the password is right; empty otherwise (also for an unknown name). */
    public Optional<Account> check(String name, String password) {
        Optional<Account> account = find(name);
        if (account.isEmpty()) {
            hasher.hash(password); // as slow as a real check, so timing does not tell which names exist
            return Optional.empty();
        }
        return hasher.matches(password, account.get().passwordHash()) ? account : Optional.empty();
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static Account fromStored(StoredAccount stored) {
        return new Account(stored.name(), Role.valueOf(stored.role().toUpperCase(Locale.ROOT)),
                stored.rooms().stream().map(RoomId::new).collect(Collectors.toSet()), stored.passwordHash());
    }

    private static StoredAccount toStored(Account account) {
        return new StoredAccount(account.name(), account.role().name().toLowerCase(Locale.ROOT),
                account.rooms().stream().map(RoomId::value).collect(Collectors.toSet()), account.passwordHash());
    }
}
