package org.hearth.server.safety.disclosure;

import java.util.List;
import org.hearth.server.safety.pii.KnownWords;
import org.hearth.server.safety.pii.OrganisationWords;
import org.hearth.server.safety.pii.Tokens;
import org.hearth.server.safety.pii.WordSet;

/**
 * Single first names, tallied rather than redacted (a full name is redacted by the personal-detail
 * detector). A capitalised word that is no place, month, language or function word counts as a
 * name where its neighbours say a person is meant: before a verb people do ("Jake said", "Ana
 * lives", "Mia's mum"), after one done to people ("I told Sarah", "starring Ali"), in a list of
 * three or more capitalised words ("Ann, Bob and Carl"), or called to at a clause's end ("remember
 * me, Maria?"). A greeting ("Hi Sam", "thanks Jo") addresses another member and is left alone, as
 * is a capitalised word opening a sentence before "is" ("Work is hard"). Stateless and thread-safe.
 */
final class FirstNameFinder {
    /** Verbs whose subject is nearly always a person, whatever word opens the sentence. */
    private static final WordSet PERSON_VERBS = WordSet.of("said", "says", "told", "tells", "asked", "asks", "lives",
            "lived", "works", "worked", "thinks", "thought", "wants", "wanted", "texted", "messaged", "shouted", "yelled",
            "cried", "laughed", "smiled", "spent", "married", "died", "passed", "hugged", "replied", "answered", "whispered",
            "admitted", "promised", "began", "decided", "believes", "feels", "felt", "knows", "loves", "hates", "misses",
            "wrote", "sang", "flew", "moved", "visited", "left", "gave", "had", "has");
    /** Verbs that are only read as a person's after a word mid-sentence ("why is Natasja so"). */
    private static final WordSet MID_SENTENCE_VERBS = WordSet.of("is", "was", "were", "will", "would", "just", "and",
            "also", "can", "could");
    /** Words before a person: verbs done to people, "with", "by", "starring". */
    private static final WordSet BEFORE_PERSON = WordSet.of("told", "tell", "asked", "ask", "met", "meet", "married",
            "dating", "texted", "text", "called", "named", "with", "by", "starring", "featuring", "feat", "ft", "love",
            "loved", "miss", "missed", "hug", "hugged", "saw", "see", "visit", "visited", "says", "said", "remember",
            "given");
    private static final WordSet GREETINGS = WordSet.of("hi", "hello", "hey", "dear", "thanks", "thank", "thx", "ty",
            "cheers", "welcome", "morning", "evening", "night", "bye", "love", "hugs", "@");

    void find(Tokens tokens, List<Disclosure> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!isFirstName(tokens, i) || partOfLongerName(tokens, i) || afterGreeting(tokens, i)) {
                continue;
            }
            boolean opens = tokens.opensSentence(i);
            boolean hasNext = i + 1 < tokens.size() && tokens.spaceOnlyBefore(i + 1);
            boolean hasPrevious = i > 0 && tokens.spaceOnlyBefore(i);
            boolean subject = hasNext && (tokens.lowerIn(i + 1, PERSON_VERBS) || !opens && tokens.lowerIn(i + 1, MID_SENTENCE_VERBS))
                    || isPossessive(tokens, i);
            boolean object = !opens && hasPrevious && tokens.lowerIn(i - 1, BEFORE_PERSON);
            if (subject || object || inList(tokens, i) || calledTo(tokens, i)) {
                out.add(new Disclosure(DisclosureKind.FIRST_NAME, tokens.start(i), tokens.end(i)));
            }
        }
    }

    private static boolean isFirstName(Tokens tokens, int i) {
        if (!tokens.isCapitalised(i) || tokens.isAllCaps(i) || tokens.length(i) < 2) {
            return false;
        }
        // the word without a possessive "'s", looked up where it stands rather than cut out
        int start = tokens.start(i);
        int end = tokens.endsWithPossessive(i) ? tokens.end(i) - 2 : tokens.end(i);
        return !KnownWords.isNotAName(tokens, start, end) && !OrganisationWords.isOrganisationWord(tokens, start, end);
    }

    private static boolean isPossessive(Tokens tokens, int i) {
        return tokens.endsWithPossessive(i) && i + 1 < tokens.size() && tokens.isWord(i + 1)
                && !tokens.isCapitalised(i + 1);
    }

    /** Next to another capitalised word it is part of a full name, a place or an organisation, found elsewhere. */
    private static boolean partOfLongerName(Tokens tokens, int i) {
        boolean before = i > 0 && tokens.spaceOnlyBefore(i) && tokens.isCapitalised(i - 1) && !tokens.opensSentence(i - 1)
                && !KnownWords.isNotAName(tokens, i - 1);
        boolean after = i + 1 < tokens.size() && tokens.spaceOnlyBefore(i + 1) && tokens.isCapitalised(i + 1)
                && !KnownWords.isNotAName(tokens, i + 1);
        return before || after;
    }

    /** "Hi Sam", "thanks Alex and Priya": names greeted or thanked, in a list too. */
    private static boolean afterGreeting(Tokens tokens, int i) {
        if (i > 0 && tokens.gapBefore(i).endsWith("@")) {
            return true;
        }
        for (int k = previousItem(tokens, i); k >= 0; k = previousItem(tokens, k)) {
            i = k;
        }
        return i > 0 && tokens.lowerIn(i - 1, GREETINGS)
                && tokens.gapBefore(i).trim().replace(",", "").isEmpty();
    }

    /** "Efa, Mary, Ari and Jo", "Park and Mann": names joined by commas and a last "and" or "or". */
    private static boolean inList(Tokens tokens, int i) {
        int items = 1;
        boolean onlyNames = true;
        for (int k = previousItem(tokens, i); k >= 0; k = previousItem(tokens, k)) {
            items++;
            onlyNames &= isFirstName(tokens, k);
        }
        for (int k = nextItem(tokens, i); k >= 0; k = nextItem(tokens, k)) {
            items++;
            onlyNames &= isFirstName(tokens, k);
        }
        int last = i;
        for (int k = nextItem(tokens, i); k >= 0; k = nextItem(tokens, k)) {
            last = k;
        }
        boolean personVerbAfter = last + 1 < tokens.size() && tokens.lowerIn(last + 1, PERSON_VERBS);
        return items >= 3 || items == 2 && onlyNames && personVerbAfter;
    }

    private static int nextItem(Tokens tokens, int k) {
        if (k + 1 < tokens.size() && tokens.gapBefore(k + 1).equals(", ") && tokens.isCapitalised(k + 1)) {
            return k + 1;
        }
        if (k + 2 < tokens.size() && isConjunction(tokens, k + 1) && tokens.gapBefore(k + 2).equals(" ") && tokens.isCapitalised(k + 2)) {
            return k + 2;
        }
        return -1;
    }

    private static int previousItem(Tokens tokens, int k) {
        if (k >= 1 && tokens.gapBefore(k).equals(", ") && tokens.isCapitalised(k - 1)) {
            return k - 1;
        }
        if (k >= 2 && isConjunction(tokens, k - 1) && tokens.gapBefore(k).equals(" ") && tokens.isCapitalised(k - 2)) {
            return k - 2;
        }
        return -1;
    }

    private static boolean isConjunction(Tokens tokens, int k) {
        String gap = tokens.gapBefore(k);
        return (tokens.is(k, "and") || tokens.is(k, "or")) && (gap.equals(" ") || gap.equals(", "));
    }

    /** ", Maria?" at a clause's end: someone called to by name. */
    private static boolean calledTo(Tokens tokens, int i) {
        if (i == 0 || !tokens.gapBefore(i).equals(", ")) {
            return false;
        }
        int end = tokens.end(i);
        return end < tokens.text().length() && "?!".indexOf(tokens.text().charAt(end)) >= 0;
    }
}
