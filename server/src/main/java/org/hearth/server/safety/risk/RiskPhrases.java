package org.hearth.server.safety.risk;

/**
 * The phrase lists of risk triage, in plain English; {@link PhraseIndex} normalises them as it
 * does messages, so "kill myself" also finds "k1ll mys3lf" and "KILL MYSELF". Lists name forms of
 * speech, not sentences: the grammar around them (who, negated, when) is read by
 * {@link PhraseReading}.
 */
final class RiskPhrases {
    private RiskPhrases() {
    }

    static PhraseIndex build() {
        PhraseIndex index = new PhraseIndex();
        thoughts(index);
        despair(index);
        acts(index);
        farewells(index);
        idioms(index);
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
        index.add(Cue.NOT_WAKING, "i wont wake up", "i dont wake up", "i never wake up", "i wouldnt wake up",
                "i will never wake up", "i would never wake up", "i wont ever wake up");
        index.add(Cue.CRISIS_CARE, "check {self} in", "checking {self} in", "check {self} into", "checking {self} into",
                "admit {self} to", "admitting {self} to");
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
    }

    private static void acts(PhraseIndex index) {
        index.add(Cue.SELF_HARM, "cut {self}", "cutting {self}", "cuts {self}", "self harm", "self harming", "self harms",
                "selfharms", "self harmer",
                "self harmed", "selfharm", "self injury", "self injure", "self injuring", "self mutilation",
                "hurt {self}", "hurting {self}", "harm {self}", "harming {self}", "burn {self}", "burning {self}",
                "burned {self}", "scratch {self}", "hit {self}", "hitting {self}", "starve {self}",
                "cut {my} wrists", "cut {my} wrist", "cut {my} arms", "cut {my} arm", "cut {my} legs", "cut {my} thighs",
                "cutting {my} wrists", "cutting {my} arms", "cutting {my} legs", "cutting {my} thighs",
                "started cutting", "cutting again", "cut again", "been cutting", "stop cutting", "stopped cutting",
                "urge to cut", "urges to cut", "want to cut", "wanna cut", "need to cut", "fresh cuts", "sh urges",
                "urge to self harm", "relapsed on self harm", "havent cut", "hasnt cut", "havent self harmed");
        index.addBesideRisk(Cue.SELF_HARM, "razor blades", "cuts on my", "scars on my", "my scars", "bleeding");
        index.add(Cue.METHOD, "hang {self}", "hanging {self}", "hanged {self}", "shoot {self}", "shooting {self}",
                "shot {self}", "drown {self}", "drowning {self}", "poison {self}", "gas {self}", "stab {self}",
                "throw {self} off", "throw {self} in front", "jump off a bridge", "jump off the bridge",
                "jump off a building", "jump off the roof", "jump off a cliff", "jump off something",
                "jumping off a bridge", "jump in front of a train", "jump in front of a car", "in front of a train",
                "step in front of a", "walk into traffic", "slit {my} wrists", "slit {my} wrist", "slit {my} throat",
                "slitting {my} wrists", "overdose", "overdosing", "exit bag", "carbon monoxide",
                "bullet in my head", "bullet through my head", "gun to my head", "blow my brains out", "gun in my mouth",
                "barrel in my mouth", "aim it at my head", "pull the trigger", "swallow the pills", "pick up the gun",
                "how many pills", "lethal dose", "painless way", "painless ways", "quickest way to die",
                "easiest way to die", "best way to die", "going to jump", "gonna jump", "about to jump",
                "ready to jump", "want to jump", "wanna jump", "jump off", "to od", "od on", "oding", "want to rope", "wanna rope",
                "going to rope", "gonna rope", "about to rope", "rope {self}", "roping {self}");
        index.addBesideRisk(Cue.METHOD, "method", "methods", "researching methods", "looked up how to");
        // Gathering a means is preparation in itself: a warning sign alone, a crisis with a time set.
        for (String gather : new String[] {"saved up", "saving up", "stockpiled", "stockpiling", "hoarded", "hoarding",
            "stashed", "stashing", "collected", "collecting", "been saving"}) {
            for (String amount : new String[] {"", "enough ", "my ", "some ", "all my ", "a lot of "}) {
                for (String means : new String[] {"pills", "tablets", "sleeping pills", "painkillers", "meds",
                    "medication", "antidepressants"}) {
                    index.add(Cue.METHOD, gather + " " + amount + means);
                }
            }
        }
        for (String gun : new String[] {"gun", "pistol", "handgun", "revolver", "rifle", "shotgun", "firearm"}) {
            index.add(Cue.LETHAL_MEANS, "have a " + gun, "have my " + gun, "got a " + gun, "bought a " + gun,
                    "buying a " + gun, "buy a " + gun, "my " + gun, "the " + gun + " in my", gun + " in my lap",
                    gun + " in my hand", "loaded " + gun, "loaded the " + gun, "loaded my " + gun, "dads " + gun,
                    "fathers " + gun, "dads " + gun + "s", "fathers " + gun + "s", "holding the " + gun,
                    "holding my " + gun, "holding a " + gun, "looking at the " + gun, "looking at my " + gun);
        }
        index.add(Cue.ATTEMPT, "suicide attempt", "suicide attempts", "attempted suicide", "attempts on my life",
                "survived an attempt", "committed suicide", "killed {self}", "took {my} own life", "took {my} life",
                "stomach pumped", "overdosed", "squeezed the trigger", "pulled the trigger", "the gun jammed",
                "my gun jammed", "the rope broke", "the rope snapped");
        index.addBesideRisk(Cue.ATTEMPT, "last attempt", "latest attempt", "recent attempt", "my attempt", "my last attempt", "my first attempt", "failed attempt",
                "my attempts", "woke up in the hospital", "psych ward after");
        index.add(Cue.ATTEMPT_NOW, "took all my pills", "took all the pills", "took a bunch of pills",
                "took too many pills", "took the whole bottle", "swallowed the pills", "swallowed all",
                "swallowed a bunch", "downed the bottle", "downed a bottle", "pills are kicking in",
                "pills kicking in", "im bleeding a lot", "bleeding out", "cant stop the bleeding", "cut too deep",
                "rope around my neck", "noose around my neck", "standing on the ledge", "standing on the bridge",
                "standing on the roof", "on the ledge now", "on the bridge now", "swallowed a whole bottle",
                "swallowed a bottle", "swallowed an entire bottle", "took a whole bottle", "took an entire bottle",
                "downed a whole bottle");
        index.addBesideRisk(Cue.ATTEMPT_NOW, "sitting on the roof", "sitting on the ledge", "sitting on the bridge",
                "on the edge of the roof", "on the roof", "on the bridge", "on the ledge", "on the tracks", "took pills", "doing it now", "doing it right now", "its happening now",
                "already took", "just took", "just swallowed");
        index.add(Cue.PLAN, "suicide note", "suicide letter", "goodbye note", "goodbye letter", "goodbye letters",
                "planning my suicide", "planned my suicide", "plan my suicide", "planning my death", "plan to kill myself",
                "planning to kill myself", "tied a noose", "tied the noose", "made a noose", "set a date",
                "picked a date", "chose a date", "chosen the date", "suicide plan", "my plan to die", "making a noose",
                "make a noose", "tying a noose", "tie a noose");
        index.addBesideRisk(Cue.PLAN, "i have a plan", "ive got a plan", "made a plan", "have it planned",
                "planned it out", "planned everything", "wrote a note", "written a note", "wrote my note", "written letters", "writing letters",
                "letters to my family", "a letter to my family", "letter to my parents", "letters to my parents",
                "writing my note", "wrote letters", "giving away my", "gave away my", "give away my stuff",
                "affairs in order", "wrote my will", "made up my mind", "ive decided", "the date is set",
                "do it tonight",
                "do it tomorrow", "do it soon", "do it this weekend");
    }

    private static void farewells(PhraseIndex index) {
        index.add(Cue.GOODBYE, "this is goodbye", "this is my goodbye", "goodbye forever", "goodbye cruel world",
                "goodbye world", "my last post", "my last message", "my final post", "my final message",
                "my final words", "my last words", "by the time you read this", "by the time anyone reads this",
                "wont be here tomorrow", "wont be around tomorrow", "wont be here much longer",
                "wont be around much longer", "wont hear from me again", "never hear from me again",
                "see you on the other side", "this is the end for me", "final goodbye", "my goodbyes",
                "said my goodbyes", "saying my goodbyes", "last goodbye", "last time ill ever");
        index.addBesideRisk(Cue.GOODBYE, "goodbye", "goodbye everyone", "bye everyone", "farewell", "sorry for everything",
                "thank you for everything", "thanks for everything", "love you all", "forgive me",
                "take care of my", "tell my mom", "tell my family", "tell my parents", "its been nice knowing");
    }

    private static void idioms(PhraseIndex index) {
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
                "checking {self} into a hotel", "check {self} in at", "checking {self} in at");
    }
}
