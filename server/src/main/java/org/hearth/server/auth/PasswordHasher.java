package org.hearth.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and checks passwords with Argon2id (Bouncy Castle's implementation), stored in the PHC
 * string form {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash} so the parameters can be raised
 * later without breaking old hashes. The default cost follows OWASP's password storage guidance
 * for Argon2id (19 MiB of memory, 2 passes, 1 lane). Hashing is slow on purpose: never call it on
 * an event loop. Thread-safe.
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(19 * 1024, 2, 1);
    }

    /** A hasher with other costs (tests use a cheap one; production keeps the default). */
    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; false for a hash this class cannot read. */
    public boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String setting : parts[3].split(",")) {
                String[] kv = setting.split("=", 2);
                int value = Integer.parseInt(kv[1]);
                switch (kv[0]) {
                    case "m" -> m = value;
                    case "t" -> t = value;
                    case "p" -> p = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = derive(password, salt, m, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
