package org.hearth.server.safety.pii;

import java.util.List;
import java.util.Locale;

/**
 * The words streets are named with, in English and the common European languages: a street type
 * after the name ("Elm Street", "Baker St"), one before it ("Rue de Rivoli", "ul. Grochowa"), or a
 * type written into the name ("Hauptstraße", "Östbygatan", "Vesterskovvej"). Grammar, not a list
 * of places. Stateless.
 */
final class StreetWords {
    private static final WordSet TYPES_AFTER = WordSet.of("street", "st", "road", "rd", "avenue", "ave", "av", "lane",
            "ln", "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place", "pl", "terrace", "crescent", "close",
            "square", "sq", "parkway", "pkwy", "highway", "hwy", "circle", "cir", "trail", "row", "walk", "grove",
            "gardens", "mews", "alley", "loop", "pass", "greens", "crossroad", "crossing", "path", "plaza", "pike",
            "expressway", "freeway", "junction", "landing", "ridge", "heights", "point", "hollow", "estates", "meadows",
            "common", "green", "vale", "view", "wharf", "quay", "cove", "creek", "rise", "hill", "park", "str", "út", "utca",
            "kapu", "ter", "terrasse", "vej", "weg", "straat", "laan", "katu", "tie", "kuja", "gata", "gatan", "vägen",
            "veien", "vei", "allee", "allé");
    private static final WordSet TYPES_BEFORE = WordSet.of("rue", "via", "viale", "calle", "avenida", "rua", "piazza",
            "plaza", "ul", "ulica", "al", "aleja", "plac", "carrer", "camino", "strada", "chemin", "boulevard", "avenue",
            "place", "allée", "corso", "largo", "travessa", "praça", "paseo", "route");
    private static final List<String> TYPE_SUFFIXES = List.of("straße", "strasse", "str", "weg", "gasse", "platz",
            "laan", "straat", "gracht", "plein", "gade", "vej", "gatan", "gata", "vägen", "väg", "veien", "vegen", "vei",
            "katu", "kuja", "tie", "braut", "stræde", "allé", "allee", "utca", "ulice", "cesta", "gatve");
    private static final int MIN_LENGTH_WITH_SUFFIX = 3 + TYPE_SUFFIXES.stream().mapToInt(String::length).min().orElseThrow();
    /** The last letters of the suffixes, for a quick no to most words. */
    private static final String SUFFIX_LAST_LETTERS = TYPE_SUFFIXES.stream().map(suffix -> suffix.substring(suffix.length() - 1))
            .distinct().collect(java.util.stream.Collectors.joining());
    /** Flats and boxes; not "room" or "floor", which people number in ordinary talk ("room 12 is mine"). */
    private static final WordSet UNITS = WordSet.of("apt", "apartment", "suite", "ste", "unit", "flat", "box", "po");

    private StreetWords() {
    }

    /** Each test takes the word in any case; a word already in lower case costs no copy. */
    static boolean isTypeAfterName(String word) {
        return TYPES_AFTER.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isTypeBeforeName(String word) {
        return TYPES_BEFORE.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A capitalised compound with the street type written in ("Parijsstraat"), longer than the type alone. */
    static boolean hasTypeSuffix(String word) {
        // the shortest suffix has three letters and needs three before it; only 'İ' grows in lower case
        if (word.length() < MIN_LENGTH_WITH_SUFFIX && word.indexOf('\u0130') < 0) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        if (last < 0x80 && SUFFIX_LAST_LETTERS.indexOf(Character.toLowerCase(last)) < 0) {
            return false; // an ASCII last letter is the lower-case word's last letter, lower-cased
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String suffix : TYPE_SUFFIXES) {
            if (lower.length() >= suffix.length() + 3 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #hasTypeSuffix(String)} for token {@code i}, copying the token only for the few words that might have one. */
    static boolean hasTypeSuffix(Tokens tokens, int i) {
        char[] chars = tokens.chars();
        char last = chars[tokens.end(i) - 1];
        if (last < 0x80 && SUFFIX_LAST_LETTERS.indexOf(Character.toLowerCase(last)) < 0) {
            return false;
        }
        if (tokens.length(i) < MIN_LENGTH_WITH_SUFFIX) {
            boolean lengthens = false;
            for (int k = tokens.start(i); k < tokens.end(i); k++) {
                lengthens |= chars[k] == '\u0130';
            }
            if (!lengthens) {
                return false;
            }
        }
        return hasTypeSuffix(tokens.lower(i));
    }

    static boolean isUnit(String word) {
        return UNITS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** As {@link #isTypeAfterName(String)} for token {@code i}, without copying it. */
    static boolean isTypeAfterName(Tokens tokens, int i) {
        return tokens.lowerIn(i, TYPES_AFTER);
    }

    static boolean isTypeBeforeName(Tokens tokens, int i) {
        return tokens.lowerIn(i, TYPES_BEFORE);
    }

    static boolean isUnit(Tokens tokens, int i) {
        return tokens.lowerIn(i, UNITS);
    }
}
