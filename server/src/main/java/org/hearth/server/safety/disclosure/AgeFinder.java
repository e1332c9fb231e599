package org.hearth.server.safety.disclosure;

import java.util.List;
import java.util.Set;
import org.hearth.server.safety.pii.Tokens;

/**
 * Ages: "I'm 34", "aged 34", "turning 40", "34 years old", "a 34-year-old", "34yo", "in my forties",
 * "my late 30s". A number after "I'm" followed by a unit ("I'm 34 weeks pregnant", "I'm 5 days
 * clean") is not an age. Stateless and thread-safe.
 */
final class AgeFinder {
    private static final Set<String> DECADES = Set.of("teens", "twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    private static final Set<String> NOT_YEARS = Set.of("weeks", "week", "days", "day", "months", "month", "hours", "hour",
            "minutes", "mins", "percent", "times", "miles", "km", "kg", "lbs", "stone", "pounds", "dollars", "feet", "ft",
            "cm", "foot", "inch", "inches", "meters", "metres", "sessions", "pills", "tablets", "drinks", "mg", "points", "of", "out", "am",
            "pm", "o'clock", "people", "steps");

    void find(Tokens tokens, SelfDescriptionCues cues, List<Disclosure> out) {
        for (int cueEnd : cues.endsOf(SelfDescriptionCues.Cue.SELF)) {
            int k = tokens.firstAtOrAfter(cueEnd);
            if (k < tokens.size() && (tokens.is(k, "only") || tokens.is(k, "just") || tokens.is(k, "nearly")
                    || tokens.is(k, "almost") || tokens.is(k, "now") || tokens.is(k, "about"))) {
                k++;
            }
            if (k < tokens.size() && plausibleAge(tokens, k) && tokens.start(k) - cueEnd <= 12 && !followedByUnit(tokens, k)) {
                out.add(new Disclosure(DisclosureKind.AGE, tokens.start(k), tokens.end(k)));
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (plausibleAge(tokens, k) && yearsOldAfter(tokens, k)) {
                out.add(new Disclosure(DisclosureKind.AGE, tokens.start(k), tokens.end(k)));
            }
        }
        for (int cueEnd : cues.endsOf(SelfDescriptionCues.Cue.DECADE)) {
            int k = tokens.firstAtOrAfter(cueEnd);
            if (k < tokens.size() && (tokens.is(k, "early") || tokens.is(k, "mid") || tokens.is(k, "late"))) {
                k++;
            }
            if (k < tokens.size() && (DECADES.contains(tokens.lower(k)) || decadeNumber(tokens, k))) {
                int end = tokens.isNumber(k) && k + 1 < tokens.size() && tokens.is(k + 1, "s") ? tokens.end(k + 1) : tokens.end(k);
                out.add(new Disclosure(DisclosureKind.AGE, tokens.start(k), end));
            }
        }
    }

    private static boolean plausibleAge(Tokens tokens, int k) {
        if (!tokens.isNumber(k) || tokens.length(k) > 3) {
            return false;
        }
        int value = Integer.parseInt(tokens.word(k));
        return value >= 5 && value <= 110;
    }

    private static boolean followedByUnit(Tokens tokens, int k) {
        int next = k + 1;
        if (next >= tokens.size()) {
            return false;
        }
        String gap = tokens.gapBefore(next);
        if (gap.contains("%") || gap.contains(":") || gap.contains("/") || gap.contains(".") && gap.length() == 1) {
            return true;
        }
        return NOT_YEARS.contains(tokens.word(next).toLowerCase(java.util.Locale.ROOT)) || tokens.isNumber(next) && gap.length() == 1;
    }

    /** "34 years old", "34-year-old", "34 yrs", "34yo", "34 y/o". */
    private static boolean yearsOldAfter(Tokens tokens, int k) {
        int next = k + 1;
        if (next >= tokens.size() || tokens.gapBefore(next).length() > 1) {
            return false;
        }
        if (tokens.is(next, "yo") || tokens.is(next, "yrs") || tokens.is(next, "yr")) {
            return true;
        }
        if (tokens.is(next, "y") && next + 1 < tokens.size() && tokens.is(next + 1, "o")) {
            return true;
        }
        if (tokens.is(next, "year-old") || tokens.is(next, "years-old")) {
            return true;
        }
        boolean years = tokens.is(next, "years") || tokens.is(next, "year");
        return years && next + 1 < tokens.size() && (tokens.is(next + 1, "old") || tokens.is(next + 1, "of"))
                && (tokens.is(next + 1, "old") || next + 2 < tokens.size() && tokens.is(next + 2, "age"));
    }

    private static boolean decadeNumber(Tokens tokens, int k) {
        return tokens.isNumber(k) && tokens.length(k) == 2 && tokens.word(k).endsWith("0") && k + 1 < tokens.size()
                && tokens.is(k + 1, "s") && tokens.start(k + 1) == tokens.end(k);
    }
}
