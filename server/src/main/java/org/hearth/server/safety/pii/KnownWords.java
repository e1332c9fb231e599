package org.hearth.server.safety.pii;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * Capitalised words that name something other than a person, taken from the JDK's own locale and
 * time-zone data rather than copied lists: country names ("Norway", "United Kingdom"), the cities
 * that name time zones ("Chicago", "Kolkata"), language names, which double as nationalities
 * ("Polish", "Finnish"), months and weekdays; plus English function words that open sentences
 * ("The", "My", "Yesterday"). Immutable and thread-safe.
 */
public final class KnownWords {
    private static final Set<String> COUNTRIES = new HashSet<>();
    private static final Set<String> CITIES = new HashSet<>();
    private static final Set<String> LANGUAGES = new HashSet<>();
    private static final Set<String> CALENDAR = new HashSet<>();
    private static final Set<String> PLACE_WORDS = new HashSet<>();
    /** Words that start sentences or stand capitalised without naming anyone. */
    private static final Set<String> FUNCTION_WORDS = Set.of("i", "i'm", "i've", "i'll", "i'd", "im", "the", "a", "an",
            "this", "that", "these", "those", "my", "your", "our", "his", "her", "their", "its", "we", "you", "he", "she",
            "it", "they", "me", "him", "us", "them", "hi", "hello", "hey", "dear", "thanks", "thank", "so", "but", "and", "or",
            "if", "when", "what", "why", "how", "where", "who", "which", "yesterday", "today", "tonight", "tomorrow", "last",
            "next", "every", "some", "any", "all", "no", "yes", "just", "also", "please", "sorry", "maybe", "well", "oh",
            "ok", "okay", "even", "still", "after", "before", "since", "because", "then", "now", "here", "there", "happy",
            "good", "great", "morning", "evening", "night", "day", "week", "weekend", "christmas", "easter", "new", "year",
            "not", "never", "always", "sometimes", "lol", "omg", "god", "jesus", "mum", "mom", "dad", "mummy", "daddy", "nan",
            "grandma", "grandpa", "anyway", "honestly", "really", "actually", "can", "could", "would", "should", "will",
            "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "let", "let's", "don't", "can't", "it's",
            "one", "two", "first", "second", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "street", "road", "avenue", "st", "mr", "mrs", "ms", "dr", "miss", "sir", "madam", "mental", "health", "love",
            "best", "regards", "cheers", "team", "hope", "wish", "tw", "cw", "edit", "update", "ps", "tl", "via", "for",
            "with", "from", "to", "in", "on", "at", "by", "of", "about", "as", "like", "again", "welcome", "bye", "see",
            "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "nothing", "everything",
            "something", "anything", "life", "work", "school", "therapy", "watching", "reading", "feeling", "trying",
            "internet", "online", "facebook", "instagram", "twitter", "tiktok", "reddit", "youtube", "google", "discord");

    private static final Set<String> CONTINENTS = Set.of("Africa", "America", "Asia", "Atlantic", "Australia", "Europe",
            "Indian", "Pacific");
    /** Time-zone cities that are also everyday words or first names ("Christmas", "Victoria"). */
    private static final Set<String> CITIES_THAT_ARE_WORDS = Set.of("Christmas", "Easter", "Wake", "Midway", "Stanley",
            "Johnston", "Victoria", "Regina", "Darwin", "Phoenix", "Virgin", "Resolute", "Oral", "Jersey", "Currie",
            "Lindeman", "Chatham", "Truk", "Yap", "Mahe", "Lome", "Creston", "Juba", "Nome", "Central", "Eucla");

    static {
        for (String code : Locale.getISOCountries()) {
            addPlace(COUNTRIES, Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
        }
        for (String id : TimeZone.getAvailableIDs()) {
            String[] parts = id.split("/");
            // "Europe/London", not the legacy "US/Central" or "Mexico/General", nor sub-zones such as "America/Indiana/Knox"
            if (parts.length == 2 && CONTINENTS.contains(parts[0]) && !parts[1].equals(parts[1].toUpperCase(Locale.ROOT))) {
                String city = parts[1].replace('_', ' ');
                if (!CITIES_THAT_ARE_WORDS.contains(city)) {
                    addPlace(CITIES, city);
                }
            }
        }
        for (String code : Locale.getISOLanguages()) {
            String language = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
            if (language.indexOf(' ') < 0 && language.indexOf('(') < 0) {
                LANGUAGES.add(language);
            }
        }
        for (Month month : Month.values()) {
            CALENDAR.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            CALENDAR.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
    }

    /** The same sets, for lookups of a word in place in a text. */
    private static final WordSet PLACE_WORD_SET = WordSet.of(PLACE_WORDS);
    private static final WordSet LANGUAGE_SET = WordSet.of(LANGUAGES);
    private static final WordSet CALENDAR_SET = WordSet.of(CALENDAR);
    private static final WordSet FUNCTION_WORD_SET = WordSet.of(FUNCTION_WORDS);

    private KnownWords() {
    }

    private static void addPlace(Set<String> places, String name) {
        if (name.isEmpty() || name.indexOf('(') >= 0 || name.indexOf('&') >= 0) {
            return;
        }
        places.add(name);
        for (String word : name.split("[ \\-]")) {
            PLACE_WORDS.add(word);
        }
    }

    /** Country names in English, as the JDK spells them ("United States", "Czechia"). */
    public static Set<String> countries() {
        return Set.copyOf(COUNTRIES);
    }

    /** Cities that name a time zone ("New York", "Kolkata", "London"). */
    public static Set<String> cities() {
        return Set.copyOf(CITIES);
    }

    /** Language names in English, most of which are also nationality words ("Polish", "Dutch"). */
    public static boolean isLanguageOrNationality(String word) {
        return LANGUAGES.contains(word);
    }

    /** A word of a country or time-zone city name ("Kingdom", "Zealand", "Chicago"). */
    public static boolean isPlaceWord(String word) {
        return PLACE_WORDS.contains(word);
    }

    /** As {@link #isPlaceWord(String)} for token {@code i}. */
    public static boolean isPlaceWord(Tokens tokens, int i) {
        return tokens.wordIn(i, PLACE_WORD_SET);
    }

    public static boolean isMonthOrWeekday(String word) {
        return CALENDAR.contains(word);
    }

    /** As {@link #isNotAName(String)}, with the word's lower-case form already at hand. */
    public static boolean isNotAName(String word, String lowerCase) {
        return isPlaceWord(word) || LANGUAGES.contains(word) || CALENDAR.contains(word) || FUNCTION_WORDS.contains(lowerCase);
    }

    /** As {@link #isNotAName(String)} for token {@code i}. */
    public static boolean isNotAName(Tokens tokens, int i) {
        return isNotAName(tokens, tokens.start(i), tokens.end(i));
    }

    /** As {@link #isNotAName(String)} for characters {@code [start, end)} of the tokens' text, without cutting them out. */
    public static boolean isNotAName(Tokens tokens, int start, int end) {
        return tokens.wordIn(start, end, PLACE_WORD_SET) || tokens.wordIn(start, end, LANGUAGE_SET)
                || tokens.wordIn(start, end, CALENDAR_SET) || tokens.lowerIn(start, end, FUNCTION_WORD_SET);
    }

    /** A capitalised word that does not belong in a person's name: place, language, calendar or function word. */
    public static boolean isNotAName(String word) {
        return isPlaceWord(word) || LANGUAGES.contains(word) || CALENDAR.contains(word)
                || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
