package org.hearth.server.safety.risk;

/**
 * Phrases of suicidal behaviour and farewells: self-harm, methods, means, attempts, plans and
 * goodbyes. Part of {@link RiskPhrases}.
 */
final class ActPhrases {
    private ActPhrases() {
    }

    static void add(PhraseIndex index) {
        acts(index);
        farewells(index);
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
        index.add(Cue.SELF_HARM, "scratching {self}", "scratched {self}", "burnt {self}", "carve into {my} skin",
                "carved into {my} skin", "carving into {my} skin", "carve into {my} arm", "carved into {my} arm",
                "cut {my} skin", "cutting {my} skin", "cut {my} hips", "cut {my} stomach",
                "im a cutter", "i was a cutter", "ive been a cutter", "former cutter", "recovering cutter",
                "took a razor to {my}", "took a blade to {my}", "razor to {my} skin", "blade to {my} skin",
                "relapsed on sh");
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
        index.add(Cue.METHOD, "take all my pills at once", "take all of my pills at once", "take all the pills at once",
                "take all my meds at once", "want to take all my pills", "going to take all my pills",
                "gonna take all my pills", "about to take all my pills", "take the whole bottle", "swallow all my pills", "swallow the whole bottle", "down the whole bottle",
                "drink bleach", "drinking bleach", "set {self} on fire", "light {self} on fire", "electrocute {self}",
                "suffocate {self}", "strangle {self}", "drive my car into a wall", "drive my car into a tree",
                "drive into a wall", "drive into a tree", "drive off a cliff",
                "drive off a bridge", "drive into oncoming traffic", "swerve into oncoming", "crash my car on purpose",
                "step into traffic", "walk in front of a", "lie on the tracks", "lay on the tracks", "lie down on the tracks",
                "jump in front of a bus", "jump in front of a truck", "jump from a bridge", "jump from the bridge",
                "jump from a building", "jump from the roof", "bleed to death", "gun to my temple", "gun against my head",
                "gun against my temple");
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
        index.add(Cue.ATTEMPT, "attempt on my life", "gun jammed", "gun jamming", "survived an overdose",
                "survived my overdose", "survived my attempt", "after my overdose", "halfhearted attempt",
                "half hearted attempt");
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
                "do it tomorrow", "do it soon", "do it this weekend", "updated my will", "made a will", "writing my will",
                "googled how to", "researched how to", "my mind is made up", "ive made my decision",
                "how im going to do it", "how i would do it", "how ill do it");
    }

    private static void farewells(PhraseIndex index) {
        index.addBesideRisk(Cue.ACT_REFERENCE, "close to doing it", "going to do it", "gonna do it", "want to do it",
                "wanna do it", "about to do it", "ready to do it", "thinking about doing it", "plan to do it",
                "planning to do it", "decided to do it", "go through with it", "going through with it", "get it over with",
                "get this over with", "get it all over with");
        index.add(Cue.GOODBYE, "this is goodbye", "this is my goodbye", "goodbye forever", "goodbye cruel world",
                "goodbye world", "my last post", "my last message", "my final post", "my final message",
                "my final words", "my last words", "by the time you read this", "by the time anyone reads this",
                "wont be here tomorrow", "wont be around tomorrow", "wont be here much longer",
                "wont be around much longer", "wont hear from me again", "never hear from me again",
                "see you on the other side", "this is the end for me", "final goodbye", "my goodbyes",
                "said my goodbyes", "saying my goodbyes", "last goodbye", "last time ill ever", "last time youll hear from me");
        index.addBesideRisk(Cue.GOODBYE, "goodbye", "goodbye everyone", "bye everyone", "farewell", "sorry for everything",
                "thank you for everything", "thanks for everything", "love you all", "forgive me",
                "take care of my", "tell my mom", "tell my family", "tell my parents", "its been nice knowing",
                "wanted to say goodbye", "say goodbye to everyone", "saying goodbye to everyone", "ill be gone soon",
                "i will be gone soon", "wont see me again");
    }
}
