package org.hearth.server.safety.pii;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The words in one text that say what a nearby detail is ("my name is", "call me on", "born on",
 * "address"), found in one pass over the text with a {@link PhraseIndex} of the whole phrase list.
 * The index is built once and shared; each {@link #of(Tokens)} result belongs to one call.
 */
final class CueWords {
    /** What a cue phrase announces. */
    enum Cue {
        /** A phone number is about: "phone", "call me on", "text me". */
        PHONE,
        /** A payment card: "card", "visa". */
        CARD,
        /** An identity number given by name: "licence number", "passport no", "NHS number". */
        ID_NUMBER,
        /** A US social security number. */
        SOCIAL_SECURITY,
        /** A street address or postcode: "address", "live at", "zip". */
        ADDRESS,
        /** The date that follows is a birth date: "born on", "DOB", "my birthday is". */
        BIRTH,
        /** The words that follow are the author's or someone's name: "my name is", "call me". */
        NAME_INTRO,
        /** A title before a surname: "Mr", "Dr". */
        NAME_TITLE
    }

    private static final Map<String, Cue> PHRASES = phrases();
    private static final PhraseIndex INDEX = new PhraseIndex(PHRASES.keySet());
    /** What each phrase of the index announces, by its number there. */
    private static final Cue[] CUE_OF_PHRASE = INDEX.phrases().stream().map(PHRASES::get).toArray(Cue[]::new);
    private static final int[] NONE = new int[0];

    private final PhraseMatches found;
    /** One bit per {@link Cue} found, by ordinal: most texts have few, and most questions are answered here. */
    private final int cuesFound;

    private CueWords(PhraseMatches found) {
        this.found = found;
        int cues = 0;
        for (int i = 0; i < found.size(); i++) {
            cues |= 1 << CUE_OF_PHRASE[found.phrase(i)].ordinal();
        }
        this.cuesFound = cues;
    }

    private static Map<String, Cue> phrases() {
        Map<String, Cue> phrases = new java.util.HashMap<>();
        for (String phrase : List.of("phone", "phones", "phone number", "number", "numbers", "call", "calling", "called me",
                "text me", "txt me", "ring", "ring me", "mobile", "mob", "cell", "cellphone", "tel", "telephone", "whatsapp",
                "signal", "fax", "landline", "reach me", "contact", "dial", "voicemail", "helpline", "hotline", "answering",
                "answer", "sms", "texts", "texting", "message me", "messages to", "missed call")) {
            phrases.put(phrase, Cue.PHONE);
        }
        for (String phrase : List.of("card", "credit card", "debit card", "visa", "mastercard", "amex", "maestro")) {
            phrases.put(phrase, Cue.CARD);
        }
        for (String phrase : List.of("ssn", "social security", "social security number", "social")) {
            phrases.put(phrase, Cue.SOCIAL_SECURITY);
        }
        for (String phrase : List.of("license number", "licence number", "driver's license", "driving licence",
                "driver license", "drivers license", "passport number", "passport no", "id number", "nhs number",
                "national insurance number", "ni number", "insurance number", "tax id", "personal number", "id card")) {
            phrases.put(phrase, Cue.ID_NUMBER);
        }
        for (String phrase : List.of("address", "addresses", "live at", "lives at", "living at", "live on", "lives on",
                "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "located at", "send it to",
                "deliver to", "ship to", "the corner of", "corner of", "moved to", "stay at", "staying at", "meet me at",
                "house", "flat", "apartment", "street")) {
            phrases.put(phrase, Cue.ADDRESS);
        }
        for (String phrase : List.of("born on", "born", "dob", "d.o.b", "date of birth", "birth date", "birthdate",
                "birthday", "my birthday is", "bday", "b-day")) {
            phrases.put(phrase, Cue.BIRTH);
        }
        for (String phrase : List.of("my name is", "my name's", "name is", "name's", "names is", "i am called", "i'm called",
                "im called", "call me", "called", "named", "name:", "name", "my full name", "this is", "i'm", "i am", "im",
                "known as", "regards", "signed", "love,", "cheers", "sincerely", "with thanks")) {
            phrases.put(phrase, Cue.NAME_INTRO);
        }
        for (String phrase : List.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
                "lady", "rev", "reverend", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.")) {
            phrases.put(phrase, Cue.NAME_TITLE);
        }
        return Map.copyOf(phrases);
    }

    static CueWords of(Tokens tokens) {
        return new CueWords(INDEX.find(tokens));
    }

    boolean has(Cue cue) {
        return (cuesFound & 1 << cue.ordinal()) != 0;
    }

    boolean mentionsPhone() {
        return has(Cue.PHONE);
    }

    boolean mentionsCard() {
        return has(Cue.CARD);
    }

    boolean mentionsSocialSecurity() {
        return has(Cue.SOCIAL_SECURITY);
    }

    /**
     * The character offsets just after each occurrence of a phrase of this cue, in text order (an
     * offset twice where two phrases end there, "my name is" and "name is"). Do not modify.
     */
    int[] endsOf(Cue cue) {
        if (!has(cue)) {
            return NONE;
        }
        int[] ends = new int[found.size()];
        int count = 0;
        for (int i = 0; i < found.size(); i++) {
            if (CUE_OF_PHRASE[found.phrase(i)] == cue) {
                ends[count++] = found.end(i);
            }
        }
        return Arrays.copyOf(ends, count);
    }

    /** The phrase (in lower case) of this cue that ends just before {@code end}, the first in {@link String} order, or null. */
    String phraseEndingAt(Cue cue, int end) {
        for (int i = 0; i < found.size(); i++) {
            if (found.end(i) == end && CUE_OF_PHRASE[found.phrase(i)] == cue) {
                return INDEX.phrase(found.phrase(i));
            }
        }
        return null;
    }
}
