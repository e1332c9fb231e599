package org.hearth.server.safety.risk;

/**
 * Phrases of despair about living: feeling a burden, weariness of life, hopelessness, vaguer wishes
 * to be gone, and the despair that adds to them. Part of {@link RiskPhrases}.
 */
final class DespairPhrases {
    private DespairPhrases() {
    }

    static void add(PhraseIndex index) {
        index.add(Cue.BURDEN, "better off without me", "better without me", "happier without me",
                "better off if i was gone", "better off if i wasnt here", "better off if i were gone",
                "better off if i died", "better off if i was dead", "better off with me gone", "better off with me dead",
                "im a burden", "im just a burden", "im such a burden", "nothing but a burden", "feel like a burden",
                "feel like such a burden", "burden to everyone", "burden on everyone", "burden to my family",
                "burden on my family", "burden to my parents", "burden on my parents", "burden to my friends",
                "burden to those around me", "burden to the people around me", "nobody would miss me",
                "no one would miss me", "noone would miss me", "wouldnt miss me", "nobody would even miss me",
                "no one would even miss me", "no one would notice if i was gone", "nobody would notice if i was gone",
                "no one would notice if i died", "nobody would notice if i died", "no one would care if i died",
                "nobody would care if i died", "no one would care if i was gone", "nobody would care if i was gone",
                "my death wouldnt", "wouldnt even notice if i died", "wouldnt notice if i was gone",
                "nobody at my funeral", "no one at my funeral", "nobody would come to my funeral",
                "no one would come to my funeral", "nobody would go to my funeral", "no one would go to my funeral",
                "no one would show up to my funeral", "nobody would show up to my funeral");
        index.add(Cue.LIFE_WEARY, "tired of living", "tired of life", "tired of being alive", "tired of existing",
                "sick of living", "sick of life", "sick of being alive", "sick of existing", "exhausted of living",
                "exhausted with life", "weary of life", "hate being alive", "hate living", "hate existing",
                "done with living", "done with being alive", "nothing to live for",
                "nothing left to live for", "no reason to keep going", "give up on life", "giving up on life",
                "gave up on life", "given up on life", "no longer want to live", "cant keep living",
                "cant go on living", "cant live anymore", "cant live like this", "cant keep going on living",
                "want out of this life", "want out of life", "want to get out of this life", "whats the point of living",
                "whats the point in living", "whats the point of being alive", "no future for me",
                "my life is not worth it", "my life isnt worth it", "my life is pointless", "my life is meaningless",
                "lost my will to live", "lost the will to live",
                "losing my will to live", "losing the will to live", "lost my reason to live", "lost my reasons to live",
                "everything i had to live for", "all i had to live for", "i feel hopeless", "im hopeless",
                "im feeling hopeless", "been feeling hopeless", "i keep feeling hopeless", "everything feels hopeless",
                "everything seems hopeless", "everything is hopeless", "it all feels hopeless", "it all seems hopeless",
                "my life feels hopeless", "my life is hopeless", "my life seems hopeless", "all hope is gone", "lost all hope", "losing all hope", "no hope left",
                "i have no hope", "i feel no hope");
        // that one's own life has no point or should not be
        index.add(Cue.LIFE_WEARY, "looking for a reason to live", "looking for a reason to keep going",
                "give me a reason to live", "give me one reason to live", "give me a reason to keep going",
                "give me one reason to keep going", "find a reason to live", "find a reason to keep going",
                "no meaning in my life", "my life has no meaning", "no purpose in my life",
                "my life has no purpose", "no point to my life", "no point in my life", "why should i live",
                "why should i keep living", "why should i stay alive", "why am i even alive", "why am i still alive",
                "why do i even exist", "why bother living", "why keep living", "not meant to live", "never meant to live",
                "never meant to be alive", "never meant to be born",
                "not meant to be alive", "wasnt meant to live", "not meant for this world", "shouldnt be alive",
                "shouldnt exist", "should be dead", "should have died", "shouldve died", "should of died",
                "supposed to be dead", "was supposed to die", "being alive is a mistake", "being alive might be a mistake",
                "being alive might be an error", "being alive is an error", "my existence is a mistake",
                "past my expiration date", "beyond my expiration date", "beyond the expiration date");
        index.add(Cue.PASSIVE_WISH, "wish i could disappear", "want to disappear", "wanna disappear",
                "wish i could vanish", "want to vanish", "not be here anymore", "world without me", "never been born", "if i disappeared",
                "when im gone", "after im gone",
                // often a figure of speech for recklessness, or wished on others
                "death wish");
        index.add(Cue.HOPELESS, "cant go on", "cant keep going", "cant do this anymore", "cant take it anymore",
                "cant take this anymore", "cant handle this anymore", "cant handle it anymore", "cant cope anymore",
                "no way out", "only way out", "way out of this", "i want out", "just want out", "want it all to stop",
                "want the pain to stop", "make the pain stop", "want it to stop", "want everything to stop",
                "want it to be over", "want it all to be over", "want this to be over", "hate my life so much",
                "hard to keep going", "hard to go on", "hard to continue", "done with life", "tired of it all", "tired of everything", "sick of it all", "sick of everything", "done with everything",
                "done with it all", "had enough of everything", "had enough of it all");
        index.add(Cue.BURDEN, "better off if im gone", "better off if i wasnt around", "better off if i wasnt alive",
                "better off if i never existed", "better off if i didnt exist", "better off if i was never born",
                "better if i wasnt here", "better if i wasnt around", "better if i was gone", "better if i were gone",
                "better if i died", "better if i was dead", "better if i didnt exist", "easier for everyone if i",
                "easier without me", "happier if i was gone", "happier if i wasnt around", "happier if i died",
                "nobody would notice if i disappeared", "no one would notice if i disappeared",
                "nobody would care if i disappeared", "no one would care if i disappeared");
        index.add(Cue.LIFE_WEARY, "dont see a future for myself", "cant see a future for myself",
                "i have no future", "whats the point of anything", "whats the point anymore", "no point in anything", "no point in going on",
                "no point going on");
        index.add(Cue.HOPELESS, "done fighting", "cant fight anymore",
                "cant fight it anymore", "cant fight this anymore", "cant keep fighting", "cant keep doing this",
                "dont want to do this anymore");
        despair(index);
    }

    /** The three strands of the interpersonal theory of suicide: hopelessness, burden, not belonging. */
    private static void despair(PhraseIndex index) {
        index.add(Cue.DESPAIR, "hopeless", "feel hopeless", "no hope", "nothing will ever get better",
                "never going to get better", "it will never get better", "nothing matters", "pointless",
                "no point anymore", "give up", "giving up", "a burden to", "a burden on", "hate my life", "i hate my life",
                "no one cares about me", "nobody cares about me", "no one cares if", "nobody cares if",
                "completely alone", "all alone", "nobody loves me", "no one loves me", "i hate myself", "worthless",
                "im worthless", "a waste of space", "trapped", "no way to escape", "cant escape", "doomed to be alone",
                "im doomed", "no chance things will get better", "no chance that things will get better",
                "things will never get better", "its never going to get better", "nothing will ever change",
                "i need to escape", "i have nothing", "i have nobody", "i have no one", "nobody in the world loves me",
                "no one in the world loves me", "no one in the world cares about me");
        // despair in so many words, defeat and entrapment, and not belonging
        index.add(Cue.DESPAIR, "despair", "in despair", "pit of despair", "i feel defeated", "feel so defeated",
                "backed into a corner", "nowhere to turn", "no escape", "i have nothing left", "nothing left for me",
                "hopeless feeling", "my life is worthless", "waste of oxygen", "waste of air", "i ruin everything",
                "everyone hates me", "everybody hates me", "nobody wants me", "no one wants me", "im unlovable",
                "i dont belong anywhere", "i have no friends", "i dont have any friends", "no friends", "so alone",
                "alone in this world", "nobody to talk to", "no one to talk to");
    }
}
