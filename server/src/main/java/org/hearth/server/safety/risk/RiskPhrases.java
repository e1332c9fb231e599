package org.hearth.server.safety.risk;

/**
 * The phrase lists of risk triage, in plain English; {@link PhraseIndex} normalises them as it
 * does messages, so "kill myself" also finds "k1ll mys3lf" and "KILL MYSELF". Lists name forms of
 * speech, not sentences: the grammar around them (who, negated, when) is read by
 * {@link PhraseReading}. This class holds suicidal thoughts and wishes to be dead; the others are in
 * {@link DespairPhrases}, {@link ActPhrases} and {@link IdiomPhrases}.
 */
final class RiskPhrases {
    private RiskPhrases() {
    }

    static PhraseIndex build() {
        PhraseIndex index = new PhraseIndex();
        thoughts(index);
        DespairPhrases.add(index);
        ActPhrases.add(index);
        IdiomPhrases.add(index);
        return index;
    }

    private static void thoughts(PhraseIndex index) {
        index.add(Cue.DEATH_WISH, "want to die", "wanna die", "wanted to die", "wants to die", "wanting to die",
                "wish to die", "wish i was dead", "wish i were dead", "wish i could die", "wish i would die",
                "want to be dead", "wanna be dead", "wish to be dead", "hope i die", "hoping i die", "hope to die",
                "pray to die", "pray i die", "ready to die", "deserve to die", "should die", "rather be dead",
                "rather die", "better off dead", "want death", "longing for death", "let me die", "want it all to end",
                "want everything to end", "want my life to end", "want to stop existing", "want to not exist",
                "want to not be alive", "wish i wasnt alive", "wish i didnt exist", "worth more dead", "better dead",
                "welcome death", "looking for death", "fantasise about my death", "fantasize about my death",
                "fantasize about dying", "fantasise about dying", "dream about dying", "dream of dying", "crave death",
                "craving death", "death is the only way", "death is the only option", "death is the only answer",
                "death is the only thing", "death is the answer", "death would be a relief", "dying would be a relief",
                "death fantasies", "fantasies of dying");
        index.add(Cue.SUICIDAL, "kill {self}", "killing {self}", "kills {self}", "kms", "end my life", "ending my life",
                "end {my} life", "end {my} own life", "ending {my} life", "take {my} own life", "take {my} life",
                "taking {my} life", "taking {my} own life", "end it all", "ending it all", "ending it",
                "end myself", "to end it", "just end it", "commit suicide", "commiting suicide", "suicidal", "suicidality", "unalive {self}",
                "unalive", "unaliving", "to off {self}", "offing {self}", "bump {self} off", "top {self}", "topping {self}",
                "do {self} in", "neck {self}", "necking {self}", "sewerslide", "sewer slide", "self delete", "catch the bus", "ctb",
                "not be alive", "stop living", "suicide thoughts", "suicidal thoughts", "suicidal ideation",
                "suicide fantasies", "suicidal fantasies", "suicide urges", "suicidal urges", "suicidal feelings");
        // common misspellings, which the normaliser cannot know
        index.add(Cue.SUICIDAL, "sucidal", "suicdal", "suicidial", "sucidial");
        index.add(Cue.SUICIDE_WORD, "suicide", "sui", "sucide", "suicde", "suiside");
        index.add(Cue.LIFE_NEGATED, "want to live", "wanna live", "want to be alive", "want to exist", "want to go on",
                "want to continue living", "want to keep living", "want to keep going", "reason to live",
                "reasons to live", "worth living", "point in living", "point of living", "point to living", "point living",
                "point in life", "point to life", "point of life", "want to be alive anymore", "will to live",
                "live anymore", "see tomorrow",
                // the C-SSRS's passive wish: not wanting to wake up, not wanting to be here any more
                "want to wake up", "wanna wake up", "want to wake up anymore", "want to be here anymore",
                "wanna be here anymore", "want to be around anymore", "want to be here any longer",
                "want to be around any longer", "want to be on this earth anymore");
        index.add(Cue.HERE_NEGATED, "want to be here", "wanna be here",
                "want to be around", "want to be on this earth");
        index.add(Cue.PASSIVE_DEATH_WISH, "wish i wasnt here", "wish i wasnt born", "wish i was never born",
                "wish i had never been born", "wish id never been born", "wish i never existed", "wish i didnt wake up",
                "wish i could sleep forever", "want to sleep forever", "sleep and never wake up", "sleep and not wake up",
                "sleep and never wake", "asleep and never wake up", "asleep and not wake up", "never wake up again", "hope i dont wake up", "hope i never wake up",
                "hope i wont wake up", "pray i dont wake up", "pray i wont wake up", "pray i never wake up",
                "wish i could stop existing", "wish i could just not exist",
                "wish i could not exist", "wish i didnt have to exist", "wish i was gone",
                "wish i could just be gone", "wish i could be gone", "want to be gone", "wanna be gone",
                "rather not exist", "prefer not to exist", "rather not be alive",
                "not existing would be", "not being alive would be", "would be nice to not exist",
                "would be nice to not wake up", "would be nice to just die", "wouldnt mind dying",
                "wouldnt mind if i died", "wouldnt mind not waking up", "dont care if i die", "wish something would kill me",
                "hope something kills me", "wish someone would kill me", "hope i get hit by a", "wish i would get hit by",
                "wish i could get hit by", "wish i had cancer", "hope i get cancer", "envy people with cancer",
                "envy those with cancer", "envying those with cancer", "envy the dead", "prepare for my death",
                "preparing for my death",
                "wish i could just not be", "wish i was never alive", "wish i were never born");
        // thoughts of one's own death, and not deserving to live
        index.add(Cue.DEATH_WISH, "might as well die", "might as well be dead", "should just die", "longing to die",
                "long to die", "yearning to die", "yearn to die", "yearning for death", "desire to die", "thoughts of dying",
                "thoughts about dying", "thinking about dying", "thinking of dying", "think about dying", "obsessed with dying",
                "obsessed with death", "i dont deserve to live", "i dont deserve to be alive", "i dont deserve to exist",
                "dont think i deserve to live", "dont think i deserve to be alive", "i dont deserve life");
        index.add(Cue.SUICIDAL, "end things", "ending things", "end everything", "ending everything", "ending {my} own life",
                "die by my own hand", "die by my own hands", "death by my own hand", "end by my own hand",
                "end by my own hands", "die on my own terms", "die on my terms", "end on my own terms", "end on my terms",
                "ending on my own terms");
        index.add(Cue.LIFE_NEGATED, "wanting to live", "wanting to be alive", "desire to live", "reason left to live",
                "reasons left to live", "want to stay alive", "wanna stay alive", "care if i live", "care whether i live");
        // Regret at having survived, and a future that does not include oneself: both the C-SSRS's wish to be dead.
        index.add(Cue.PASSIVE_DEATH_WISH, "wish i had died", "wish id died", "wish i would have died",
                "wish i hadnt survived", "wish i didnt survive", "wish it had worked", "wish it worked", "wish i had succeeded",
                "wish id succeeded", "wish they had let me die", "wish they let me die", "should have let me die",
                "shouldve let me die", "should of let me die", "wish i hadnt been saved", "wish i wasnt saved",
                "regret surviving", "regret that i survived", "angry that i survived", "sad that i survived",
                "upset that i survived", "disappointed that i woke up", "disappointed i woke up", "upset that i woke up",
                "sad that i woke up", "angry that i woke up", "mad that i woke up", "hope it kills me", "hoping it kills me",
                "hope this kills me", "wish it would kill me", "wish it had killed me", "go to sleep forever",
                "fall asleep forever", "fall asleep and never wake", "dont see myself living past",
                "dont see myself living much longer", "cant see myself living past", "cant see myself living much longer",
                "cant imagine myself alive", "cant imagine being alive", "dont see myself alive", "if im still alive",
                "if i make it through the night", "if i survive the night", "if i live that long");
        index.add(Cue.NOT_WAKING, "i wont wake up", "i dont wake up", "i never wake up", "i wouldnt wake up",
                "i will never wake up", "i would never wake up", "i wont ever wake up");
        index.add(Cue.CRISIS_CARE, "check {self} in", "checking {self} in", "check {self} into", "checking {self} into",
                "admit {self} to", "admitting {self} to");
    }
}
