package org.hearth.bench;

import java.util.ArrayList;
import java.util.List;

/** Messages like those in a peer-support room, written for the benchmarks. */
final class SupportRoomTexts {
    private static final List<String> EVERYDAY = List.of(
            "Evening all. Rough day but I made it to the shop and back, which counts for something.",
            "That sounds exhausting. Did you manage to eat anything today?",
            "I tried the breathing thing you mentioned and it helped a bit when the panic started.",
            "Honestly this week has been shit and I feel like crap, but I'm still here talking to you lot.",
            "My therapist says small steps. Today's small step was opening the curtains.",
            "Anyone else find Sundays harder than the rest of the week?",
            "Thank you for listening last night, it meant more than you know.",
            "Sleep is still a mess. Three hours, then awake at four staring at the ceiling.");

    private static final List<String> TRIPPING = List.of(
            "If anyone wants to talk later you can text me on 07700 900123, I'm up most nights.",
            "I'm 34 and I live in Leeds, so winters here really get to me.",
            "Some days I just wish I could disappear for a while and not have to deal with any of it.",
            "Shut up you pathetic idiot, nobody asked for your opinion.",
            "My friend told me she doesn't want to live anymore and I don't know what to say to her.",
            "I work at the big hospital in town as a nurse and the shifts are grinding me down.");

    private SupportRoomTexts() {
    }

    static List<String> of(String kind) {
        return switch (kind) {
            case "everyday" -> EVERYDAY;
            case "mixed" -> mixed();
            case "long" -> longOnes();
            default -> throw new IllegalArgumentException("kind '" + kind + "' (expected everyday, mixed or long)");
        };
    }

    /** Each tripping message between two everyday ones. */
    private static List<String> mixed() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < TRIPPING.size(); i++) {
            texts.add(EVERYDAY.get(i % EVERYDAY.size()));
            texts.add(TRIPPING.get(i));
            texts.add(EVERYDAY.get((i + 3) % EVERYDAY.size()));
        }
        return texts;
    }

    /** Everyday sentences run together to about 1,000 characters, each rotation starting elsewhere. */
    private static List<String> longOnes() {
        List<String> texts = new ArrayList<>();
        for (int start = 0; start < EVERYDAY.size(); start++) {
            StringBuilder text = new StringBuilder();
            for (int i = start; text.length() < 950; i++) {
                text.append(EVERYDAY.get(i % EVERYDAY.size())).append(' ');
            }
            texts.add(text.substring(0, Math.min(text.length(), 1000)).trim());
        }
        return texts;
    }
}
