package org.hearth.server.safety.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hearth.server.safety.pii.KnownWords;
import org.hearth.server.safety.pii.CuePhrases;
import org.hearth.server.safety.pii.Tokens;
import org.hearth.server.safety.text.MessageText;

/**
 * The phrases with which people tell something about themselves ("I live in", "I work at", "as a",
 * "my sister"), and the names of countries and cities the JDK knows, found in one pass over the
 * text with a {@link CuePhrases} index. The index is built once and shared; each {@link #of(MessageText)}
 * result belongs to one call.
 */
final class SelfDescriptionCues {
    /** What the words after a cue phrase may be. */
    enum Cue {
        /** "I'm", "I am", "as a": an age, a job or a group may follow. */
        SELF,
        /** "I live in", "from", "here in": a place follows. */
        PLACE,
        /** "I work at", "employed by": an organisation follows. */
        WORKPLACE,
        /** "I study at", "student at": a school follows. */
        SCHOOL,
        /** "work as", "job as": a job follows, whatever the word ("I'm a nurse" is a {@link #SELF} cue). */
        JOB,
        /** "my sister", "my son": a name may follow. */
        RELATIVE,
        /** "diagnosed with", "my diagnosis is": a diagnosis follows. */
        DIAGNOSIS,
        /** "in my", "my early": an age in decades may follow ("forties", "30s"). */
        DECADE,
        /** A country or city the JDK knows by name, matched in the same pass as the phrases (case is checked after). */
        KNOWN_PLACE
    }

    private static final CuePhrases<Cue> PHRASES = new CuePhrases<>(phrases());

    private final CuePhrases.Found<Cue> found;

    private SelfDescriptionCues(CuePhrases.Found<Cue> found) {
        this.found = found;
    }

    private static Map<String, Cue> phrases() {
        Map<String, Cue> phrases = new java.util.HashMap<>();
        put(phrases, Cue.SELF, "i'm", "i am", "im", "i'm a", "i am a", "i'm an", "i am an", "as a", "as an", "being a",
                "being an", "i was a", "i was an", "i'm also a", "i'm now", "aged", "age", "turned", "turning", "i'll be",
                "i turn", "i'll turn", "turn", "age of", "the age of", "he's", "she's", "he is", "she is", "i'm only", "i am only", "i'm just", "i was", "i'm not even", "being", "as");
        put(phrases, Cue.PLACE, "live in", "lives in", "living in", "lived in", "i'm from", "i am from", "im from", "from",
                "here in", "moved to", "moving to", "grew up in", "born in", "based in", "raised in", "stay in", "staying in",
                "near", "outside", "in", "around", "visiting", "back in", "came to", "flew to", "fly to", "flying to",
                "travel to", "travelling to", "traveling to", "trip to", "went to", "returned to", "arrived in", "arrived at",
                "coming to", "holiday in", "vacation in", "originally from", "visit", "visited");
        put(phrases, Cue.WORKPLACE, "work at", "works at", "working at", "worked at", "work for", "works for",
                "working for", "worked for", "employed by", "employed at", "job at", "my employer", "employer is", "intern at",
                "internship at", "shift at", "volunteer at", "volunteering at");
        put(phrases, Cue.SCHOOL, "study at", "studying at", "student at", "studied at", "go to", "goes to", "in year",
                "enrolled at", "graduated from", "attend", "attending", "pupil at", "freshman at", "sophomore at");
        put(phrases, Cue.JOB, "work as", "works as", "working as", "worked as", "job as", "employed as", "trained as",
                "training to be", "qualified as", "career as", "my job is", "job title is");
        put(phrases, Cue.RELATIVE, "my sister", "my brother", "my son", "my daughter", "my mum", "my mom", "my mother",
                "my dad", "my father", "my husband", "my wife", "my partner", "my boyfriend", "my girlfriend", "my fiance",
                "my fiancé", "my fiancee", "my ex", "my cousin", "my aunt", "my uncle", "my niece", "my nephew", "my grandma",
                "my grandmother", "my grandad", "my grandpa", "my grandfather", "my kid", "my child", "my baby", "my stepdad",
                "my stepmom", "my stepmum", "my stepson", "my stepdaughter", "my friend", "my best friend", "my bf", "my gf",
                "my twin", "my nan", "my flatmate", "my roommate");
        put(phrases, Cue.DIAGNOSIS, "diagnosed with", "diagnosed as", "my diagnosis is", "my diagnosis", "dx of", "dx:",
                "diagnosis of", "been diagnosed with", "i have been diagnosed with", "sectioned at", "admitted to",
                "inpatient at", "treated at", "under the care of", "referred to", "seen at");
        put(phrases, Cue.DECADE, "in my", "my early", "my mid", "my late", "in her", "in his");
        Set<String> places = new HashSet<>(KnownWords.countries());
        places.addAll(KnownWords.cities());
        places.addAll(List.of("USA", "UK", "US", "England", "Scotland", "Wales", "Northern Ireland", "Europe", "Africa",
                "Asia", "America"));
        for (String place : places) {
            phrases.putIfAbsent(place.toLowerCase(Locale.ROOT), Cue.KNOWN_PLACE);
        }
        return Map.copyOf(phrases);
    }

    private static void put(Map<String, Cue> phrases, Cue cue, String... words) {
        for (String word : words) {
            phrases.putIfAbsent(word, cue);
        }
    }

    static SelfDescriptionCues of(MessageText message) {
        return new SelfDescriptionCues(PHRASES.find(message));
    }

    /** Where each phrase of this cue starts in the text, in the order of {@link #endsOf(Cue)}. Do not modify. */
    int[] startsOf(Cue cue) {
        return found.startsOf(cue);
    }

    /**
     * The character offsets just after each phrase of this cue, in text order (twice where two
     * phrases end at one place). Do not modify.
     */
    int[] endsOf(Cue cue) {
        return found.endsOf(cue);
    }
}
