package org.hearth.server.safety.pii;

import java.util.List;

/**
 * Dates of birth: a date within a few words after "born on", "DOB", "date of birth" or "my
 * birthday is". A date without such words is only a date, tallied by the disclosure detector.
 * Stateless and thread-safe.
 */
final class BirthDateDetector {
    /** How many tokens after the cue the date may start ("born on the 3rd of May", "DOB: 03/05/1990"). */
    private static final int REACH = 4;

    void find(Tokens tokens, CueWords cues, List<PiiFinding> out) {
        for (int cueEnd : cues.endsOf(CueWords.Cue.BIRTH)) {
            int first = tokens.firstAtOrAfter(cueEnd);
            for (int i = first; i < tokens.size() && i < first + REACH; i++) {
                int end = Dates.dateEnd(tokens, i);
                if (end >= 0) {
                    out.add(new PiiFinding(PiiKind.DATE_OF_BIRTH, tokens.start(i), tokens.end(end)));
                    break;
                }
            }
        }
    }
}
