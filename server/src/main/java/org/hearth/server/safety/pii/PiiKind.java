package org.hearth.server.safety.pii;

/**
 * A kind of personal detail that identifies someone on its own and is redacted before broadcast.
 * Each has the plain words the author is told ("your message had a phone number in it").
 */
public enum PiiKind {
    EMAIL("an e-mail address"),
    PHONE("a phone number"),
    URL("a web address"),
    SOCIAL_HANDLE("a social media handle"),
    IP_ADDRESS("an IP address"),
    PAYMENT_CARD("a payment card number"),
    IBAN("a bank account number"),
    NATIONAL_ID("a national identity number"),
    STREET_ADDRESS("a street address"),
    POSTCODE("a postcode"),
    DATE_OF_BIRTH("a date of birth"),
    PERSON_NAME("a full name");

    private final String plainWords;

    PiiKind(String plainWords) {
        this.plainWords = plainWords;
    }

    /** What the author is told was removed, for example "a phone number". */
    public String plainWords() {
        return plainWords;
    }
}
