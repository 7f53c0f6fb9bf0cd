package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one channel follows. Made in bot-config.yml ({@code origin} config) or with /alerts (command).
 *
 * @param pausedReason why alerts to this channel stopped (e.g. the bot lost access), or null
 */
public record Subscription(
        long id,
        String channelId,
        String guildId,
        Origin origin,
        List<String> clubs,
        List<String> players,
        Set<AlertKind> kinds,
        int minTier,
        double minConfidence,
        String pingRole,
        int maxPerHour,
        String pausedReason,
        String createdBy,
        Instant createdAt) {

    public enum Origin { CONFIG, COMMAND }

    public Subscription {
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
        players = players == null ? List.of() : List.copyOf(players);
        kinds = kinds == null || kinds.isEmpty() ? Set.of(AlertKind.RUMOUR, AlertKind.CONFIRMED) : Set.copyOf(kinds);
    }

    public boolean followsEverything() {
        return clubs.isEmpty() && players.isEmpty();
    }

    public boolean paused() {
        return pausedReason != null;
    }
}
