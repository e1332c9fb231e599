package org.hearth.server.safety.pii;

import java.util.Locale;
import java.util.Set;

/**
 * Words that end or make up the names of organisations ("Acme Ltd", "St Mary's Hospital", "Leeds
 * College"), so that such names are not read as people's names and can be told apart as
 * workplaces, schools or clinics. Stateless.
 */
public final class OrganisationWords {
    private static final Set<String> COMPANY = Set.of("inc", "ltd", "llc", "llp", "plc", "corp", "corporation", "company",
            "co", "gmbh", "ag", "sa", "bv", "nv", "group", "holdings", "partners", "associates", "industries", "solutions",
            "services", "systems", "technologies", "labs", "bank", "foundation", "trust", "council", "agency", "ministry",
            "department", "office", "store", "stores", "shop", "restaurant", "cafe", "hotel", "factory", "centre", "center");
    private static final Set<String> SCHOOL = Set.of("university", "college", "school", "academy", "institute",
            "polytechnic", "sixth", "uni", "high", "elementary", "primary", "secondary", "kindergarten", "nursery");
    private static final Set<String> HEALTH = Set.of("hospital", "clinic", "surgery", "practice", "infirmary", "hospice",
            "ward", "unit", "nhs", "health", "medical", "mental", "psychiatric", "rehab", "pharmacy");

    private static final WordSet ANY = WordSet.of(union());

    private OrganisationWords() {
    }

    private static Set<String> union() {
        Set<String> all = new java.util.HashSet<>(COMPANY);
        all.addAll(SCHOOL);
        all.addAll(HEALTH);
        return Set.copyOf(all);
    }

    public static boolean isCompanyWord(String word) {
        return COMPANY.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isSchoolWord(String word) {
        return SCHOOL.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isHealthWord(String word) {
        return HEALTH.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isOrganisationWord(String word) {
        return ANY.contains(word.toLowerCase(Locale.ROOT));
    }

    /** As {@link #isOrganisationWord(String)} for characters {@code [start, end)} of the tokens' text, without cutting them out. */
    public static boolean isOrganisationWord(Tokens tokens, int start, int end) {
        return tokens.lowerIn(start, end, ANY);
    }

    /** As {@link #isOrganisationWord(String)} for token {@code i}, without copying it. */
    public static boolean isOrganisationWord(Tokens tokens, int i) {
        return tokens.lowerIn(i, ANY);
    }
}
