package org.hearth.server.safety.risk;

/**
 * Figures of speech and everyday phrases that contain a risk phrase ("shoot myself in the foot",
 * "suicide hotline"): an idiom that overlaps a risk phrase wins. Part of {@link RiskPhrases}.
 */
final class IdiomPhrases {
    private IdiomPhrases() {
    }

    static void add(PhraseIndex index) {
        index.add(Cue.IDIOM, "shoot {self} in the foot", "shot {self} in the foot", "cut {self} some slack",
                "cut {self} off", "cut {self} out", "cut {self} shaving", "cut {self} cooking", "cut {self} a slice", "cut {self} a piece", "cut {self} while", "cut {self} by accident",
                "cut {self} accidentally", "accidentally cut {self}", "cut {self} on a", "cut {self} on the",
                "cut {self} on glass", "hurt {self} while", "hurt {self} by accident", "accidentally hurt {self}",
                "hurt {self} playing", "hurt {self} at the gym", "hurt {self} lifting", "hurt {self} running",
                "hurt {self} falling", "hurt {self} working out", "hit {self} up", "burn {self} out", "burned {self} out",
                "burn {self} cooking", "burned {self} cooking", "kill {self} laughing", "kill {self} trying",
                "killing {self} at work", "killing {self} at the gym", "killing {self} working",
                "killing {self} studying", "killing {self} for", "kill time", "end it with", "end it between",
                "ending it with", "end it with her", "career suicide",
                "social suicide", "political suicide", "suicide squad", "suicide mission", "suicide hotline",
                "suicide hotlines", "suicide prevention", "suicide rate", "suicide rates", "suicide awareness",
                "suicide lifeline", "suicide line", "suicide watch", "suicide helpline", "suicide crisis line",
                "suicide statistics", "sui generis", "take my life back", "take back my life", "take my life into",
                "overdose on caffeine", "overdose on coffee", "overdose on sugar", "overdosed on caffeine",
                "overdosed on coffee", "overdosed on sugar", "pulled the trigger on", "pull the trigger on",
                "method to the madness", "cross my heart", "method acting",
                "teaching method", "scientific method", "study method", "forgive me for asking", "jump in", "jump into",
                "jump on", "jump at", "jump for", "jump up", "jump over", "jump rope", "jump ship", "jump the gun",
                "jump around", "jump start", "jump off the page", "jump off the screen", "jump to conclusions",
                "goodbye for now", "bye for now", "goodbye see you", "goodbye until", "say goodbye to my",
                "thank you for everything you", "thanks for everything you",
                // where or how one lives, not life itself
                "tired of living with", "tired of living in", "tired of living at", "tired of living paycheck",
                "sick of living with", "sick of living in", "hate living with", "hate living in", "hate living at", "hate living if", "hate living without",
                "death wish against", "death wish on", "death wish for",
                "living paycheck to paycheck", "wish i wasnt here at", "wish i wasnt here for",
                "holding a gun to", "gun to your head", "hopeless at", "hopeless with", "hopeless romantic",
                "hopeless when it comes to", "should i live in", "should i live with", "should i live at",
                "should i live near",
                "wake up late", "wake up early", "wake up so early", "wake up too early", "wake up on time",
                "wake up in time", "wake up before", "check {self} into a hotel", "check {self} into the hotel",
                "checking {self} into a hotel", "check {self} in at", "checking {self} in at",
                "end things with", "ending things with", "end things between", "end everything with", "no friends of",
                "despair of", "escape room", "end things on", "dying {my} hair", "obsessed with death metal",
                "deserve to live in", "deserve to live with", "deserve to live like", "cut {my} skin on",
                "cut {my} skin while", "cut {my} skin shaving", "nail gun", "glue gun", "staple gun", "water gun",
                "nerf gun", "done fighting with", "cant fight anymore with");
    }
}
