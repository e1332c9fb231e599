package org.hearth.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hearth.server.config.Charter;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.config.RoomConfig;
import org.hearth.server.config.SafetyConfig;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.UnmoderatedPolicy;
import org.hearth.server.moderation.filter.AbuseFilter;
import org.hearth.server.moderation.filter.DisclosureTallyFilter;
import org.hearth.server.moderation.filter.PersonalDetailsFilter;
import org.hearth.server.moderation.filter.RateLimitFilter;
import org.hearth.server.moderation.filter.RiskFilter;
import org.hearth.server.moderation.filter.WordListFilter;

/**
 * Builds each room's filter chain from its configuration: the per-member rate limit, then the
 * content filters in the order the room lists them, each under the charter's policies, and last
 * the charter's policy for times without a moderator. (The room itself puts the pause, mute and
 * slow-mode checks first: moderators change those while it runs.) Stateless.
 */
public final class RoomFilters {
    private RoomFilters() {
    }

    public static FilterChain build(HearthConfig config, RoomConfig room, Clock clock, SafetyClassifiers safety) {
        Charter.Policies policies = room.charter().policies();
        List<MessageFilter> filters = new ArrayList<>();
        filters.add(new RateLimitFilter(clock, config.limits().messagesPerMinute()));
        for (String name : room.filters()) {
            filters.add(content(name, config.safety(), room, clock, safety));
        }
        return new FilterChain(filters, UnmoderatedPolicy.named(policies.whenUnmoderated()));
    }

    private static MessageFilter content(String name, SafetyConfig settings, RoomConfig room, Clock clock,
                                         SafetyClassifiers safety) {
        Charter.Policies policies = room.charter().policies();
        return switch (name) {
            case "words.reject" -> new WordListFilter("words.reject", WordListFilter.Action.REJECT, room.rejectWords());
            case "words.hold" -> new WordListFilter("words.hold", WordListFilter.Action.HOLD, room.holdWords());
            case "personal-details" -> new PersonalDetailsFilter(safety.personalDetails(), "allowed".equals(policies.links()));
            case "risk" -> new RiskFilter(safety.risk(), "hold".equals(policies.risk()),
                    "precluded".equals(policies.suicideDiscussion()), room.charter().support());
            case "abuse" -> new AbuseFilter(safety.abuse(), "hold".equals(policies.abuse()));
            case "disclosure" -> new DisclosureTallyFilter(safety.disclosures(), clock, settings.disclosureThreshold(),
                    settings.disclosureWindow(), settings.disclosureCoolDown());
            default -> throw new IllegalArgumentException("unknown filter '" + name + "' (expected one of "
                    + RoomConfig.FILTERS + ")");
        };
    }
}
