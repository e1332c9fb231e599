package org.hearth.server.safety.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds listed phrases in a message's words with a word trie: one hash lookup per word, more only
 * where a phrase starts, so the cost grows with the message, not with the list. Filler words
 * ("want to [just] die") are skipped inside a phrase. Built once, then immutable and thread-safe.
 */
final class PhraseIndex {
    /** Who a phrase names in its own words ("kill myself", "kill herself"); UNSTATED when it names no one. */
    enum Person { UNSTATED, FIRST, SECOND, THIRD }

    /**
     * One phrase found: words {@code start} to {@code end} (exclusive).
     *
     * @param besideRisk the phrase is risk only when the message holds other risk ("goodbye", "my attempt")
     */
    record Match(Cue cue, Person person, int start, int end, boolean besideRisk) {
    }

    private record Entry(Cue cue, Person person, boolean besideRisk) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Entry entry;
        boolean listed;
    }

    private final Node root = new Node();

    /**
     * Adds phrases written in plain English. "{self}" stands for every reflexive pronoun and "{my}"
     * for every possessive one, each variant remembering whose it is.
     */
    void add(Cue cue, String... phrases) {
        add(cue, false, phrases);
    }

    /** Adds phrases that are risk only beside other risk in the same message. */
    void addBesideRisk(Cue cue, String... phrases) {
        add(cue, true, phrases);
    }

    private void add(Cue cue, boolean besideRisk, String... phrases) {
        for (String phrase : phrases) {
            if (phrase.contains("{self}")) {
                for (String self : List.of("myself", "my self")) {
                    put(new Entry(cue, Person.FIRST, besideRisk), phrase.replace("{self}", self));
                }
                for (String self : List.of("yourself", "yourselves")) {
                    put(new Entry(cue, Person.SECOND, besideRisk), phrase.replace("{self}", self));
                }
                for (String self : List.of("himself", "herself", "themselves", "themself")) {
                    put(new Entry(cue, Person.THIRD, besideRisk), phrase.replace("{self}", self));
                }
            } else if (phrase.contains("{my}")) {
                put(new Entry(cue, Person.FIRST, besideRisk), phrase.replace("{my}", "my"));
                put(new Entry(cue, Person.SECOND, besideRisk), phrase.replace("{my}", "your"));
                for (String their : List.of("his", "her", "their")) {
                    put(new Entry(cue, Person.THIRD, besideRisk), phrase.replace("{my}", their));
                }
            } else {
                put(new Entry(cue, Person.UNSTATED, besideRisk), phrase);
            }
        }
    }

    /** Contractions as people also write them in full: "can't" is read as "cant", "can not" stays two words. */
    private static final Map<String, List<String>> SPELLED_OUT = Map.of("cant", List.of("cannot", "can not"),
            "dont", List.of("do not"), "wont", List.of("will not"), "im", List.of("i am"), "ive", List.of("i have"),
            "wasnt", List.of("was not"), "isnt", List.of("is not"), "didnt", List.of("did not"),
            "wouldnt", List.of("would not"), "whats", List.of("what is"));

    private void put(Entry entry, String phrase) {
        List<String> variants = new ArrayList<>(List.of(""));
        for (String word : phrase.split(" ")) {
            List<String> forms = new ArrayList<>(List.of(word));
            forms.addAll(SPELLED_OUT.getOrDefault(word, List.of()));
            List<String> longer = new ArrayList<>(variants.size() * forms.size());
            for (String start : variants) {
                for (String form : forms) {
                    longer.add(start.isEmpty() ? form : start + " " + form);
                }
            }
            variants = longer;
        }
        putOne(entry, phrase, true);
        for (String variant : variants.subList(1, variants.size())) {
            putOne(entry, variant, false); // a spelled-out form never displaces a phrase listed as such
        }
    }

    private void putOne(Entry entry, String phrase, boolean listed) {
        Node node = root;
        for (String word : RiskText.normalise(phrase)) {
            if (node != root && WordClass.has(WordClass.of(word), WordClass.FILLER)) {
                continue; // skipped in a message anyway; kept, it would hide other phrases ("wish i could [just] vanish")
            }
            node = node.next.computeIfAbsent(word, w -> new Node());
        }
        if (node == root) {
            throw new IllegalArgumentException("empty phrase");
        }
        if (node.entry != null && node.entry.cue() != entry.cue()) {
            if (!listed) {
                return;
            }
            if (node.listed) {
                throw new IllegalArgumentException("\"" + phrase + "\" is listed as both " + node.entry.cue() + " and " + entry.cue());
            }
        }
        node.entry = entry;
        node.listed |= listed;
    }

    /** Every word of every phrase, normalised. */
    Set<String> words() {
        Set<String> words = new HashSet<>();
        List<Node> open = new ArrayList<>(List.of(root));
        while (!open.isEmpty()) {
            Node node = open.removeLast();
            words.addAll(node.next.keySet());
            open.addAll(node.next.values());
        }
        return words;
    }

    /**
     * Every phrase in the words, the longest at each start; a risk phrase or idiom inside a longer
     * one is dropped ("suicide" inside "suicide hotline"), markers are kept as they are.
     */
    List<Match> find(String[] words) {
        List<Match> found = new ArrayList<>();
        int coveredTo = 0; // end of the last risk phrase or idiom: phrases inside it are part of it
        for (int start = 0; start < words.length; start++) {
            Node node = root.next.get(words[start]);
            if (node == null) {
                continue;
            }
            Match longest = null;
            int i = start;
            while (node != null) {
                if (node.entry != null) {
                    longest = new Match(node.entry.cue(), node.entry.person(), start, i + 1, node.entry.besideRisk());
                }
                i++;
                Node step = null;
                while (i < words.length && step == null) {
                    step = node.next.get(words[i]);
                    if (step == null) {
                        if (!WordClass.has(WordClass.of(words[i]), WordClass.FILLER)) {
                            break;
                        }
                        i++;
                    }
                }
                node = step;
            }
            if (longest == null) {
                continue;
            }
            boolean riskOrIdiom = longest.cue().isRisk() || longest.cue() == Cue.IDIOM;
            if (riskOrIdiom) {
                if (longest.end() <= coveredTo) {
                    continue;
                }
                coveredTo = longest.end();
            }
            found.add(longest);
        }
        dropRiskInsideIdioms(found);
        return found;
    }

    /** An idiom that overlaps a risk phrase wins ("end it with him" over "to end it"). */
    private static void dropRiskInsideIdioms(List<Match> found) {
        List<Match> idioms = found.stream().filter(m -> m.cue() == Cue.IDIOM).toList();
        if (!idioms.isEmpty()) {
            found.removeIf(m -> m.cue().isRisk()
                    && idioms.stream().anyMatch(idiom -> m.start() < idiom.end() && idiom.start() < m.end()));
        }
    }
}
