package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.List;

/**
 * What the rumour pipeline hands to the alerts: one story in its current state. Every field is already
 * canonical (club and player names as the knowledge base spells them).
 *
 * @param storyKey     stable id of the story (same player and destination club within the story window)
 * @param headline     "Player → Club" or, without a clear pair, a short description of the story
 * @param sources      every source of the story so far, best first
 * @param contractLine the player's contract line, e.g. "Contract until 30 Jun 2026 (7 months left)", or null
 */
public record StoryAlert(
        String storyKey,
        StoryUpdate update,
        AlertKind kind,
        String stage,
        String headline,
        List<String> players,
        List<String> clubs,
        String summary,
        List<SourceRef> sources,
        double confidence,
        String articleUrl,
        String imageUrl,
        String feedName,
        Instant publishedAt,
        String contractLine) {

    public StoryAlert {
        if (storyKey == null || storyKey.isBlank()) {
            throw new IllegalArgumentException("a story alert needs a story key");
        }
        if (update == null || kind == null) {
            throw new IllegalArgumentException("a story alert needs an update type and a kind");
        }
        players = players == null ? List.of() : List.copyOf(players);
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
        sources = sources == null ? List.of() : List.copyOf(sources);
        confidence = Math.max(0, Math.min(1, confidence));
    }

    /** The best (lowest) tier rank among the sources; 4 when there is none. */
    public int bestSourceRank() {
        return sources.stream().mapToInt(SourceRef::rank).min().orElse(4);
    }
}
