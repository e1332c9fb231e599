package org.hearth.server.safety.disclosure;

import java.util.List;
import org.hearth.server.safety.pii.KnownWords;
import org.hearth.server.safety.pii.Tokens;
import org.hearth.server.safety.pii.WordSet;

/**
 * What the author says they are or who they are close to: a job ("I'm a nurse", "I work as a
 * welder"), a group they belong to ("as a Catholic", "I'm Polish"), a relative's name ("my sister
 * Anna") and a diagnosis ("diagnosed with bipolar II"). After "I'm a" only known job words count,
 * so "I'm a mess" or "I'm a failure" is not a job; after "work as" any noun does. A nationality,
 * religion or political group counts only when the author claims it ("I'm Polish", not "Polish
 * food"). Stateless and thread-safe.
 */
final class SelfDescriptionFinder {
    private static final WordSet JOBS = WordSet.of("nurse", "teacher", "doctor", "gp", "surgeon", "paramedic", "carer",
            "caregiver", "midwife", "pharmacist", "therapist", "counsellor", "counselor", "psychologist", "psychiatrist",
            "police", "officer", "firefighter", "soldier", "lawyer", "solicitor", "barrister", "accountant", "engineer",
            "developer", "programmer", "designer", "architect", "electrician", "plumber", "builder", "mechanic", "driver",
            "chef", "cook", "waiter", "waitress", "barista", "bartender", "cashier", "receptionist", "secretary", "clerk",
            "manager", "technician", "cleaner", "janitor", "farmer", "vet", "dentist", "librarian", "journalist", "writer",
            "musician", "student", "consultant", "analyst", "scientist", "researcher", "professor", "lecturer", "tutor",
            "nanny", "childminder", "pilot", "operator", "controller", "administrator", "specialist", "translator",
            "interpreter", "postman", "courier", "labourer", "laborer", "carpenter", "welder", "hairdresser", "photographer",
            "editor", "banker", "broker", "realtor", "pastor", "priest", "vicar", "imam", "rabbi", "coach", "trainer",
            "worker", "assistant", "supervisor", "director", "ceo", "owner", "salesman", "saleswoman", "porter",
            "guard", "security", "miner", "fisherman", "nursing", "paralegal", "physio", "physiotherapist", "optician",
            "radiographer", "sonographer", "technologist", "intern", "apprentice", "trainee", "volunteer", "housekeeper",
            "veterinarian", "sergeant", "constable", "detective", "inspector", "auditor");
    private static final WordSet GROUPS = WordSet.of("catholic", "christian", "muslim", "jewish", "jew", "hindu",
            "buddhist", "sikh", "mormon", "protestant", "orthodox", "anglican", "methodist", "baptist", "quaker", "pagan",
            "atheist", "agnostic", "evangelical", "lutheran", "presbyterian", "democrat", "republican", "tory",
            "conservative", "labour", "socialist", "communist", "libertarian", "green", "gay", "lesbian", "bisexual", "bi",
            "trans", "transgender", "nonbinary", "non-binary", "queer", "asexual", "pansexual", "immigrant", "refugee",
            "veteran", "british", "american", "canadian", "australian", "scottish", "welsh", "irish", "english", "mexican",
            "brazilian", "nigerian", "indian", "pakistani", "kiwi", "african", "asian", "latina", "latino", "black",
            "native");
    /** Words between the cue and the noun that do not change what it is ("I'm a qualified nurse"). */
    private static final WordSet FILLERS = WordSet.of("a", "an", "also", "now", "still", "proud", "practising",
            "practicing", "devout", "qualified", "registered", "trainee", "junior", "senior", "staff", "head", "part", "time",
            "part-time", "full-time", "retired", "former", "ex", "school", "high", "primary", "secondary", "dental", "nursing",
            "mental", "health", "social", "support", "care", "bus", "taxi", "lorry", "truck", "delivery", "sales", "shop",
            "uni", "university", "college", "medical", "night", "shift", "self", "employed", "and", "the");

    void find(Tokens tokens, SelfDescriptionCues cues, List<Disclosure> out) {
        for (int cueEnd : cues.endsOf(SelfDescriptionCues.Cue.SELF)) {
            noun(tokens, tokens.firstAtOrAfter(cueEnd), false, out);
        }
        for (int cueEnd : cues.endsOf(SelfDescriptionCues.Cue.JOB)) {
            noun(tokens, tokens.firstAtOrAfter(cueEnd), true, out);
        }
        for (int cueEnd : cues.endsOf(SelfDescriptionCues.Cue.RELATIVE)) {
            relativeName(tokens, cueEnd, out);
        }
        for (int cueEnd : cues.endsOf(SelfDescriptionCues.Cue.DIAGNOSIS)) {
            diagnosis(tokens, cueEnd, out);
        }
    }

    /** A job or a group within a few words after the cue. */
    private static void noun(Tokens tokens, int first, boolean anyNounIsAJob, List<Disclosure> out) {
        for (int k = first; k < tokens.size() && k < first + 4; k++) {
            if (k > first && !tokens.spaceOnlyBefore(k) && !tokens.gapBefore(k).equals("-")) {
                return;
            }
            boolean filler = tokens.lowerIn(k, FILLERS);
            if (tokens.lowerIn(k, JOBS) && !filler || anyNounIsAJob && !filler && tokens.isWord(k)) {
                out.add(new Disclosure(DisclosureKind.JOB, tokens.start(k), tokens.end(k)));
                return;
            }
            if (tokens.lowerIn(k, GROUPS) || tokens.isCapitalised(k) && isNationality(tokens.word(k))) {
                out.add(new Disclosure(DisclosureKind.GROUP, tokens.start(k), tokens.end(k)));
                return;
            }
            if (!filler) {
                return;
            }
        }
    }

    /** A language's name ("Polish") or a country's name made into an adjective ("Canada" → "Canadian"). */
    private static boolean isNationality(String word) {
        if (KnownWords.isLanguageOrNationality(word)) {
            return true;
        }
        if (word.length() < 6 || !(word.endsWith("an") || word.endsWith("ish") || word.endsWith("ese") || word.endsWith("i"))) {
            return false;
        }
        String stem = word.substring(0, 4);
        for (String country : KnownWords.countries()) {
            if (country.startsWith(stem) && country.indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }

    /** "my sister Anna", "my son, Tom,": one capitalised name right after the relative. */
    private static void relativeName(Tokens tokens, int cueEnd, List<Disclosure> out) {
        int k = tokens.firstAtOrAfter(cueEnd);
        if (k >= tokens.size()) {
            return;
        }
        String gap = tokens.text().substring(cueEnd, tokens.start(k));
        boolean adjacent = gap.equals(" ") || gap.equals(", ") || gap.equals(" (");
        if (adjacent && tokens.isCapitalised(k) && !tokens.isAllCaps(k) && !KnownWords.isNotAName(tokens, k)) {
            out.add(new Disclosure(DisclosureKind.RELATIVE_NAME, tokens.start(k), tokens.end(k)));
        }
    }

    /** The words of a diagnosis, up to the end of the clause ("diagnosed with bipolar II last year"). */
    private static void diagnosis(Tokens tokens, int cueEnd, List<Disclosure> out) {
        int first = tokens.firstAtOrAfter(cueEnd);
        if (first >= tokens.size() || tokens.start(first) - cueEnd > 2) {
            return;
        }
        int last = first;
        while (last + 1 < tokens.size() && last + 1 - first < 4 && tokens.spaceOnlyBefore(last + 1)
                && !isClauseWord(tokens, last + 1)) {
            last++;
        }
        out.add(new Disclosure(DisclosureKind.HEALTH_SERVICE, tokens.start(first), tokens.end(last)));
    }

    private static boolean isClauseWord(Tokens tokens, int k) {
        return tokens.is(k, "and") || tokens.is(k, "but") || tokens.is(k, "when") || tokens.is(k, "last") || tokens.is(k, "in")
                || tokens.is(k, "at") || tokens.is(k, "after") || tokens.is(k, "so") || tokens.is(k, "because")
                || tokens.is(k, "which") || tokens.is(k, "a") || tokens.is(k, "by") || tokens.is(k, "years") || tokens.is(k, "two");
    }
}
