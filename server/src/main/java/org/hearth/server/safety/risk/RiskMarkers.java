package org.hearth.server.safety.risk;

/**
 * The marker phrases of risk triage: when something happened, whether it is over, how soon, and
 * the means at hand. They change how a risk phrase near them is read and are never risk alone.
 */
final class RiskMarkers {
    private RiskMarkers() {
    }

    static PhraseIndex build() {
        PhraseIndex index = new PhraseIndex();
        index.add(Cue.DISTANT, "years ago", "year ago", "months ago", "month ago", "decade ago", "long time ago",
                "while ago", "long ago", "when i was", "when i was younger", "as a kid", "as a teen",
                "as a teenager", "as a child", "in high school", "in middle school", "back then", "back in",
                "in the past", "in my past", "years back", "at the time", "once upon", "last year", "years later",
                "back when", "in my adolescence", "throughout my adolescence", "as an adolescent", "in my teens",
                "in my teenage years", "in my early twenties", "in my twenties", "growing up", "in my youth",
                "when i was little", "back in the day", "looking back");
        // times soon (TIMING) also count as now
        index.add(Cue.CURRENT, "again", "still", "now", "currently", "these days", "lately", "recently",
                "every day", "everyday", "every night", "all the time", "constantly", "last night", "yesterday",
                "this morning", "hours ago", "days ago", "minutes ago", "relapsed",
                "relapse", "relapsing", "keep", "always", "anymore", "any more", "no longer want", "worse than ever",
                "came back", "coming back", "back again", "yet", "as long as i can remember", "for years", "since i was",
                "all my life", "my whole life", "ever since", "for months");
        index.add(Cue.RECOVERY, "years clean", "year clean", "months clean", "month clean", "days clean", "clean for",
                "clean since", "been clean", "im clean", "recovered", "in recovery", "recovering", "survivor",
                "no longer", "not anymore", "dont anymore", "got better", "got help", "its behind me", "put that behind",
                "havent cut", "hasnt cut", "havent self harmed", "stopped", "quit", "free since", "free for", "okay now", "ok now", "fine now", "better now", "good now",
                "doing better", "glad i didnt", "glad i held on", "glad i held out", "glad im still here");
        index.add(Cue.TIMING, "tonight", "tomorrow", "this weekend", "this week", "in an hour", "in a few hours",
                "in a few days", "soon", "very soon", "at midnight", "on my birthday", "when everyone is asleep",
                "when everyones asleep", "this friday", "this saturday", "after my last", "before the end of",
                "by the end of", "right now", "today", "later today");
        // Stockpiling is a warning sign of its own; having is one only beside a suicidal thought.
        index.add(Cue.STOCKPILE, "saved", "saved up", "saving", "saving up", "collected", "collecting", "stockpiled",
                "stockpiling", "hoarded", "hoarding", "stashed", "stashing", "been keeping", "kept");
        index.add(Cue.POSSESS, "i have", "ive got", "i got", "bought", "buying", "ordered", "got my hands on", "in my hand", "in my hands", "next to me",
                "in front of me", "ready", "loaded", "tied", "found", "stole", "hidden");
        index.add(Cue.MEANS, "pills", "tablets", "meds", "medication", "sleeping pills", "painkillers", "rope", "gun",
                "pistol", "rifle", "shotgun", "bullets", "razor", "razors", "blade", "blades", "knife", "belt", "bleach",
                "poison", "helium", "charcoal", "bottle", "train", "bridge", "ledge", "roof", "cliff", "cord", "tracks",
                "antidepressants", "paracetamol", "tylenol", "acetaminophen", "ibuprofen", "insulin", "sleeping tablets",
                "opioids", "oxycodone", "balcony");
        // Said in the present and in the first person, so "I was depressed" and "I'm not depressed" do not match.
        index.add(Cue.DISTRESS, "im depressed", "i feel depressed", "im struggling", "im not ok", "im not okay",
                "im a mess", "im falling apart", "my life is falling apart", "everything is falling apart",
                "i cant cope", "i cant stop crying", "i feel empty", "i feel alone", "im alone", "im lonely",
                "i feel lonely", "im miserable", "i feel miserable", "i feel like shit", "i feel like crap",
                "i feel worthless", "im worthless", "i hate myself", "im breaking down", "im broken", "i feel broken",
                "im in a dark place", "im spiraling", "im spiralling", "im at my lowest", "i feel numb",
                "i feel hopeless", "im hopeless", "i feel lost", "im lost", "i feel trapped", "im trapped",
                "i hate my life", "im in so much pain", "i feel like a failure", "im a failure");
        index.add(Cue.WISHING, "hope", "hoping", "wish", "wishing", "pray", "praying");
        return index;
    }
}
