package org.hearth.server.safety.disclosure;

/**
 * A kind of quasi-identifying detail: harmless alone, identifying in combination ("you've mentioned
 * your age, your town and where you work"). Not redacted on sight; the disclosure tally counts the
 * kinds a member has mentioned, never keeping the values.
 *
 * <p>The line to {@code safety.pii.PiiKind} is a choice: ages, towns and countries, organisations,
 * jobs and titles, groups, particular dates, diagnoses and clinics, and single first names are
 * tallied here; what leads to one person on its own (contact details, identity and account
 * numbers, street addresses and postcodes, birth dates, full names) is redacted there.
 */
public enum DisclosureKind {
    AGE("your age"),
    PLACE("your town or area"),
    WORKPLACE("where you work"),
    SCHOOL("your school or college"),
    JOB("your job"),
    RELATIVE_NAME("a relative's name"),
    FIRST_NAME("someone's first name"),
    DATE("a date that matters to you"),
    HEALTH_SERVICE("your diagnosis or clinic"),
    GROUP("a group you belong to");

    private final String plainWords;

    DisclosureKind(String plainWords) {
        this.plainWords = plainWords;
    }

    /** How the nudge names it, for example "your town or area". */
    public String plainWords() {
        return plainWords;
    }
}
