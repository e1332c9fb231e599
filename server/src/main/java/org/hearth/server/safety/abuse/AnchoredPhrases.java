package org.hearth.server.safety.abuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The listed phrases by their anchor word, to tell cheaply whether a message holds any of them
 * before the automaton runs. Many anchors are everyday words ("find" of "find you and", "here" of
 * "get out of here"), so a message holding an anchor seldom holds its phrase; comparing the few words
 * around each anchor settles it with no text built. Immutable after construction and thread-safe.
 */
final class AnchoredPhrases {
    /** One phrase: its words, and where its anchor stands among them. */
    private record Anchored(String[] words, int anchorAt) {
        /** Whether the phrase stands in {@code w} with its anchor at {@code index}. */
        boolean standsAt(String[] w, int index) {
            int start = index - anchorAt;
            if (start < 0 || start + words.length > w.length) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                if (i != anchorAt && !words[i].equals(w[start + i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Anchored[]> byAnchor;

    /** @param phrases each phrase (normalised words, single spaces) with its anchor, one of its words */
    AnchoredPhrases(Map<String, String> phrases) {
        Map<String, List<Anchored>> grouped = new HashMap<>();
        phrases.forEach((phrase, anchor) -> {
            String[] words = phrase.split(" ");
            // Every place the anchor stands in the phrase: a phrase may hold its anchor word twice.
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals(anchor)) {
                    grouped.computeIfAbsent(anchor, key -> new ArrayList<>()).add(new Anchored(words, i));
                }
            }
        });
        Map<String, Anchored[]> frozen = new HashMap<>();
        grouped.forEach((anchor, list) -> frozen.put(anchor, list.toArray(Anchored[]::new)));
        this.byAnchor = Map.copyOf(frozen);
    }

    /** Whether any of the phrases stands in the words with its anchor at one of the {@code anchors} (word indexes). */
    boolean anyAt(String[] words, int[] anchors) {
        for (int index : anchors) {
            Anchored[] candidates = byAnchor.get(words[index]);
            if (candidates == null) {
                continue;
            }
            for (Anchored phrase : candidates) {
                if (phrase.standsAt(words, index)) {
                    return true;
                }
            }
        }
        return false;
    }
}
