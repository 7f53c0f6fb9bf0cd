package dev.rumourmill.alerts;

import java.time.Instant;

/**
 * A story as the story log keeps it: one row per story key, updated by every event that is news.
 *
 * @param bestSourceTier the tier of the best source as {@link SourceRef} spells it, or null
 * @param articleUrl     the article of the latest event
 */
record StoryLogEntry(String storyKey, String playerId, String playerName, String destinationClub, String headline,
        String stage, String kind, String bestSource, String bestSourceTier, String articleUrl, Instant firstSeen,
        Instant lastSeen, int reports) {

    /** The row for a story alert; {@code destinationClub} is the club's name, or null while none is known. */
    static StoryLogEntry of(StoryAlert alert, String playerId, String playerName, String destinationClub,
            Instant firstSeen, Instant lastSeen) {
        SourceRef best = alert.sources().isEmpty() ? null : alert.sources().get(0);
        return new StoryLogEntry(alert.storyKey(), playerId, playerName, destinationClub, alert.headline(), alert.stage(),
                alert.kind().name(), best == null ? null : best.name(), best == null ? null : best.tier(),
                alert.articleUrl(), firstSeen, lastSeen, alert.reports());
    }

    /**
     * This newer event merged into the row already kept. The rumour engine forgets its stories on restart,
     * so the kept row may know more: the earliest first sighting, the most reports and the better source
     * win; headline, stage, kind and link follow the newest event.
     */
    StoryLogEntry mergedInto(StoryLogEntry kept) {
        boolean keptSourceIsBetter = kept.bestSource() != null
                && (bestSource == null || rank(kept.bestSourceTier()) < rank(bestSourceTier));
        return new StoryLogEntry(storyKey, playerId, playerName,
                destinationClub == null ? kept.destinationClub() : destinationClub, headline,
                stage == null ? kept.stage() : stage, kind,
                keptSourceIsBetter ? kept.bestSource() : bestSource,
                keptSourceIsBetter ? kept.bestSourceTier() : bestSourceTier,
                articleUrl == null ? kept.articleUrl() : articleUrl,
                kept.firstSeen().isBefore(firstSeen) ? kept.firstSeen() : firstSeen,
                kept.lastSeen().isAfter(lastSeen) ? kept.lastSeen() : lastSeen,
                Math.max(kept.reports(), reports));
    }

    private static int rank(String tier) {
        return new SourceRef("source", tier).rank();
    }
}
