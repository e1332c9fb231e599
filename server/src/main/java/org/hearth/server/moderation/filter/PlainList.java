package org.hearth.server.moderation.filter;

import java.util.List;

/** Several things named in a sentence the way people write them: "a", "a and b", "a, b and c". Stateless. */
final class PlainList {
    private PlainList() {
    }

    static String of(List<String> words) {
        return words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
