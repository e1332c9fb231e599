package org.hearth.server.safety.pii;

import java.util.List;
import java.util.Map;
import org.hearth.server.safety.text.MessageText;

/**
 * The words in one text that say what a nearby detail is ("my name is", "call me on", "born on",
 * "address"), found in one pass over the text with a {@link CuePhrases} index of the whole phrase list.
 * The index is built once and shared; each {@link #of(MessageText)} result belongs to one call.
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

    private static final CuePhrases<Cue> PHRASES = new CuePhrases<>(phrases());

    private final CuePhrases.Found<Cue> found;

    private CueWords(CuePhrases.Found<Cue> found) {
        this.found = found;
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

    static CueWords of(MessageText message) {
        return new CueWords(PHRASES.find(message));
    }

    boolean has(Cue cue) {
        return found.has(cue);
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
        return found.endsOf(cue);
    }

    /** The phrase (in lower case) of this cue that ends just before {@code end}, the first in {@link String} order, or null. */
    String phraseEndingAt(Cue cue, int end) {
        return found.phraseEndingAt(cue, end);
    }
}
