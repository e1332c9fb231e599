package org.hearth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordMatchesItsHashAndAWrongOneDoesNot() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void theHashIsArgon2idInPhcFormWithItsParametersAndNeverThePassword() {
        String hash = hasher.hash("s3cret-enough");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("s3cret-enough");
        assertThat(hasher.hash("s3cret-enough")).as("a new salt each time").isNotEqualTo(hash);
    }

    @Test
    void aHashMadeWithOtherCostsStillChecks() {
        String cheap = new PasswordHasher(1024, 1, 1).hash("older account");

        assertThat(hasher.matches("older account", cheap)).isTrue();
    }

    @Test
    void aHashItCannotReadNeverMatches() {
        assertThat(hasher.matches("x", "plain text")).isFalse();
        assertThat(hasher.matches("x", "$argon2i$v=19$m=1024,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches("x", "$argon2id$v=19$m=zz,t=1,p=1$AAAA$AAAA")).isFalse();
    }
}
