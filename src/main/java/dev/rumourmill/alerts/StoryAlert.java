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
 * @param reports      how many independent reports the story has (syndicated copies not counted)
 * @param latestSources the sources the latest report added (shown as "Also reported by"), empty for the first
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
        String contractLine,
        int reports,
        List<SourceRef> latestSources) {

    /** A story told by one report so far. */
    public StoryAlert(String storyKey, StoryUpdate update, AlertKind kind, String stage, String headline,
            List<String> players, List<String> clubs, String summary, List<SourceRef> sources, double confidence,
            String articleUrl, String imageUrl, String feedName, Instant publishedAt, String contractLine) {
        this(storyKey, update, kind, stage, headline, players, clubs, summary, sources, confidence, articleUrl, imageUrl,
                feedName, publishedAt, contractLine, 1, List.of());
    }

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
        latestSources = latestSources == null ? List.of() : List.copyOf(latestSources);
        reports = Math.max(1, reports);
        confidence = Math.max(0, Math.min(1, confidence));
    }

    /** The same story with its sources rated differently (one server's own tiers), best first. */
    public StoryAlert withSources(List<SourceRef> rated) {
        List<SourceRef> sorted = rated.stream().sorted(java.util.Comparator.comparingInt(SourceRef::rank)).toList();
        return new StoryAlert(storyKey, update, kind, stage, headline, players, clubs, summary, sorted, confidence,
                articleUrl, imageUrl, feedName, publishedAt, contractLine, reports, latestSources);
    }

    /** The best (lowest) tier rank among the sources; 4 when there is none. */
    public int bestSourceRank() {
        return sources.stream().mapToInt(SourceRef::rank).min().orElse(4);
    }
}
