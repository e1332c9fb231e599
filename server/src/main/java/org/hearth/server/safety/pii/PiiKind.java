package org.hearth.server.safety.pii;

/**
 * A kind of personal detail that identifies someone on its own and is redacted before broadcast.
 * Each has the plain words the author is told ("your message had a phone number in it").
 *
 * <p>What is redacted and what is only tallied is a choice: a detail is redacted when it leads to
 * one person or lets anyone reach them (a way to contact them, an account or identity number, where
 * they live, their birth date, their full name). Details that narrow the field without pointing at
 * one person (age, town, workplace or school, job, a group such as a nationality or religion, a
 * title such as "Dr", a single first name) are quasi-identifiers: they are left in the message and
 * counted by the disclosure tally ({@code safety.disclosure.DisclosureKind}), because in a support
 * room "I'm 34, a nurse in Leeds" is ordinary sharing until it adds up.
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
