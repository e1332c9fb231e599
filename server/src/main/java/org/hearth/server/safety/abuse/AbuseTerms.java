package org.hearth.server.safety.abuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ahocorasick.trie.PayloadTrie;
import org.hearth.server.safety.text.TextNormalizer;

/**
 * The abuse word list ({@code abuse-terms.txt} beside this class), normalised and compiled once
 * into one Aho–Corasick automaton that finds every listed phrase in a message in a single pass,
 * as whole words. Also says which slurs must be spelled with their repeated letters. Immutable
 * after construction and thread-safe (the automaton is only read).
 */
final class AbuseTerms {
    private static final String RESOURCE = "abuse-terms.txt";
    /** Marks a slur whose folded spelling is an ordinary word (see the resource's header). */
    private static final String NEEDS_REPEATS = " !";

    /**
     * Words too common to tell a message apart: a phrase's anchor is one of its other words when it has
     * one ("hate" for "i hate you"), so that ordinary messages rarely hold an anchor at all.
     */
    private static final Set<String> COMMON_WORDS = Set.of("you", "your", "yo", "ur", "u", "the", "a", "an", "i", "im",
            "il", "wil", "to", "and", "of", "is", "are", "re", "s", "me", "we", "al", "here", "where", "know", "live",
            "going", "gona", "want", "wana", "come", "back", "never", "what", "think", "this", "that", "be", "up",
            "out", "get", "go", "should", "let", "about", "one", "ever", "don", "t");

    /** Each phrase with every class it is listed in ("son of a bitch": an insult, and exempt as a slur). */
    private final PayloadTrie<Set<PhraseClass>> automaton;
    /** One word of every listed phrase: a message holding none of them holds no listed phrase. */
    private final Set<String> anchors;
    /** Rules most words out as anchors before they are looked up in {@link #anchors}. */
    private final WordFilter mayBeAnchor;
    /** The same phrases by anchor, to check that a phrase stands around an anchor found. */
    private final AnchoredPhrases anchored;
    private final int longestPhrase;
    /** Folded spelling to the raw spellings that make it a slur ("con" -> "coon", "coons"). */
    private final Map<String, List<String>> repeatedSpellings;

    private AbuseTerms(Map<String, Set<PhraseClass>> phrases, Map<String, List<String>> repeatedSpellings) {
        PayloadTrie.PayloadTrieBuilder<Set<PhraseClass>> builder =
                PayloadTrie.<Set<PhraseClass>>builder().onlyWholeWordsWhiteSpaceSeparated();
        phrases.forEach((phrase, classes) -> builder.addKeyword(phrase, Collections.unmodifiableSet(classes)));
        this.automaton = builder.build();
        // An exempt phrase only cancels other matches, so it alone never needs the automaton to run.
        Map<String, String> anchorOfPhrase = phrases.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(EnumSet.of(PhraseClass.EXEMPT)))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> anchor(entry.getKey())));
        this.anchors = Set.copyOf(anchorOfPhrase.values());
        this.mayBeAnchor = new WordFilter(anchors);
        this.anchored = new AnchoredPhrases(anchorOfPhrase);
        this.longestPhrase = phrases.keySet().stream().mapToInt(phrase -> phrase.split(" ").length).max().orElse(1);
        this.repeatedSpellings = Map.copyOf(repeatedSpellings);
    }

    /** Loads the list shipped with the server. */
    static AbuseTerms load() {
        try (InputStream in = AbuseTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the abuse word list " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the automaton from the lines of a terms file. */
    static AbuseTerms parse(List<String> lines) {
        Map<String, Set<PhraseClass>> phrases = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        Map<String, List<String>> threatParts = new LinkedHashMap<>();
        String section = null;
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                section = text.substring(1, text.length() - 1);
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("abuse terms: a phrase before any [section]: " + text);
            }
            if (section.startsWith("threat-")) {
                threatParts.computeIfAbsent(section, key -> new ArrayList<>()).add(normalise(text));
                continue;
            }
            PhraseClass phraseClass = PhraseClass.ofSection(section);
            boolean needsRepeats = text.endsWith(NEEDS_REPEATS);
            String spelled = needsRepeats ? text.substring(0, text.length() - NEEDS_REPEATS.length()) : text;
            String phrase = normalise(spelled);
            if (needsRepeats) {
                String rawSpelling = spelled.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
                repeated.computeIfAbsent(phrase, key -> new ArrayList<>()).add(rawSpelling);
                repeated.computeIfAbsent(phrase + "s", key -> new ArrayList<>()).add(rawSpelling + "s");
            }
            add(phrases, phrase, phraseClass);
            if (phraseClass.takesWordVariants()) {
                // Variants of the last word: "towel heads" as well as "towelheads".
                int lastSpace = phrase.lastIndexOf(' ');
                for (String variant : WordVariants.of(phrase.substring(lastSpace + 1))) {
                    addIfAbsent(phrases, phrase.substring(0, lastSpace + 1) + variant, phraseClass);
                }
            }
        }
        for (String lead : threatParts.getOrDefault("threat-lead", List.of())) {
            for (String verb : threatParts.getOrDefault("threat-verb", List.of())) {
                for (String object : threatParts.getOrDefault("threat-object", List.of())) {
                    add(phrases, lead + " " + verb + " " + object, PhraseClass.THREAT);
                }
                add(phrases, lead + " " + verb + " " + PreparedText.MENTION, PhraseClass.THREAT);
            }
        }
        return new AbuseTerms(phrases, repeated);
    }

    /**
     * The indexes of the message's words that are anchors of a listed phrase, in order; none when
     * the message holds no listed phrase, which is most messages, and then the automaton need not run.
     */
    int[] anchorsIn(String[] words) {
        int[] found = new int[4];
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            if (mayBeAnchor.mayHold(words[i]) && anchors.contains(words[i])) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * Whether a listed phrase (other than an exempt one) stands around one of the {@code anchors}
     * found by {@link #anchorsIn}; when none does, the automaton would find nothing that counts.
     */
    boolean anyPhraseAt(String[] words, int[] anchors) {
        return anchored.anyAt(words, anchors);
    }

    /** How many words the longest listed phrase has. */
    int longestPhrase() {
        return longestPhrase;
    }

    /** The phrase's longest word that is not a common one, or its longest word if all are common. */
    private static String anchor(String phrase) {
        String best = null;
        boolean bestCommon = true;
        for (String word : phrase.split(" ")) {
            boolean common = COMMON_WORDS.contains(word);
            if (best == null || (bestCommon && !common) || (bestCommon == common && word.length() > best.length())) {
                best = word;
                bestCommon = common;
            }
        }
        return best;
    }

    PayloadTrie<Set<PhraseClass>> automaton() {
        return automaton;
    }

    /** The raw spellings a folded slur needs, or an empty list when its folded spelling is enough. */
    List<String> repeatedSpellings(String foldedPhrase) {
        return repeatedSpellings.getOrDefault(foldedPhrase, List.of());
    }

    /** A phrase as the normaliser would turn it out of a message: normalised words, single spaces. */
    static String normalise(String phrase) {
        return String.join(" ", TextNormalizer.words(phrase));
    }

    private static void add(Map<String, Set<PhraseClass>> phrases, String phrase, PhraseClass phraseClass) {
        if (!phrase.isEmpty()) {
            phrases.computeIfAbsent(phrase, key -> EnumSet.noneOf(PhraseClass.class)).add(phraseClass);
        }
    }

    /** A generated variant never displaces a listed phrase ("fags" is not to override anything listed). */
    private static void addIfAbsent(Map<String, Set<PhraseClass>> phrases, String phrase, PhraseClass phraseClass) {
        phrases.putIfAbsent(phrase, EnumSet.of(phraseClass));
    }
}
