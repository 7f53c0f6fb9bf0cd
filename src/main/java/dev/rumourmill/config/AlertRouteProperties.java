package dev.rumourmill.config;

import java.util.List;
import java.util.Set;

/**
 * One channel's alert subscription, as written in bot-config.yml (more can be added with /alerts).
 *
 * @param channel       the Discord channel id that receives the alerts
 * @param clubs         clubs to follow (canonical names or nicknames); empty with no players = everything
 * @param players       players to follow
 * @param kinds         which kinds of story to post (default: rumour and confirmed)
 * @param minTier       only sources at this tier or better (1 = most reliable, 4 = least)
 * @param minConfidence only stories at least this likely (0 to 1)
 * @param pingRole      a role id to mention in alerts; no one is pinged unless this is set
 * @param maxPerHour    at most this many alerts an hour in the channel
 */
public record AlertRouteProperties(
        String channel,
        List<String> clubs,
        List<String> players,
        Set<AlertKind> kinds,
        Integer minTier,
        Double minConfidence,
        String pingRole,
        Integer maxPerHour) {

    public AlertRouteProperties {
        channel = Snowflakes.required("channel", channel);
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
        players = players == null ? List.of() : List.copyOf(players);
        kinds = kinds == null || kinds.isEmpty() ? Set.of(AlertKind.RUMOUR, AlertKind.CONFIRMED) : Set.copyOf(kinds);
        minTier = minTier == null ? 4 : minTier;
        minConfidence = minConfidence == null ? 0.0 : minConfidence;
        pingRole = Snowflakes.optional("ping-role", pingRole);
        maxPerHour = maxPerHour == null ? 30 : maxPerHour;
        if (minTier < 1 || minTier > 4) {
            throw new InvalidConfigException("min-tier", minTier, "use 1 (most reliable only) to 4 (everything)");
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new InvalidConfigException("min-confidence", minConfidence, "use a number from 0 to 1, e.g. 0.5");
        }
        if (maxPerHour < 1) {
            throw new InvalidConfigException("max-per-hour", maxPerHour, "use 1 or more, e.g. 30");
        }
    }

    public boolean followsEverything() {
        return clubs.isEmpty() && players.isEmpty();
    }
}
