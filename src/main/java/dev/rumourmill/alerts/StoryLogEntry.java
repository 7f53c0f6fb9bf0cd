package dev.rumourmill.alerts;

import java.time.Instant;

/**
 * A story as the story log keeps it: one row per story key, updated by every event that is news.
 */
record StoryLogEntry(String storyKey, Subject subject, Latest latest, BestSource best, Seen seen) {

    /** @param destinationClub the destination club's name, or null while none is known */
    record Subject(String playerId, String playerName, String destinationClub) {
    }

    /** @param articleUrl the article of the latest event */
    record Latest(String headline, String stage, String kind, String articleUrl) {
    }

    /** @param tier the tier of the best source as {@link SourceRef} spells it, or null */
    record BestSource(String name, String tier) {
    }

    record Seen(Instant first, Instant last, int reports) {
    }

    /** The row for a story alert; {@code destinationClub} is the club's name, or null while none is known. */
    static StoryLogEntry of(StoryAlert alert, String playerId, String playerName, String destinationClub,
            Instant firstSeen, Instant lastSeen) {
        SourceRef best = alert.sources().isEmpty() ? null : alert.sources().get(0);
        return new StoryLogEntry(alert.storyKey(), new Subject(playerId, playerName, destinationClub),
                new Latest(alert.headline(), alert.stage(), alert.kind().name(), alert.articleUrl()),
                new BestSource(best == null ? null : best.name(), best == null ? null : best.tier()),
                new Seen(firstSeen, lastSeen, alert.reports()));
    }

    /**
     * This newer event merged into the row already kept. The rumour engine forgets its stories on restart,
     * so the kept row may know more: the earliest first sighting, the most reports and the better source
     * win; headline, stage, kind and link follow the newest event.
     */
    StoryLogEntry mergedInto(StoryLogEntry kept) {
        boolean keptSourceIsBetter = kept.bestSource() != null
                && (bestSource() == null || rank(kept.bestSourceTier()) < rank(bestSourceTier()));
        return new StoryLogEntry(storyKey,
                new Subject(playerId(), playerName(), destinationClub() == null ? kept.destinationClub() : destinationClub()),
                new Latest(headline(), stage() == null ? kept.stage() : stage(), kind(),
                        articleUrl() == null ? kept.articleUrl() : articleUrl()),
                keptSourceIsBetter ? kept.best() : best,
                new Seen(kept.firstSeen().isBefore(firstSeen()) ? kept.firstSeen() : firstSeen(),
                        kept.lastSeen().isAfter(lastSeen()) ? kept.lastSeen() : lastSeen(),
                        Math.max(kept.reports(), reports())));
    }

    String playerId() {
        return subject.playerId();
    }

    String playerName() {
        return subject.playerName();
    }

    String destinationClub() {
        return subject.destinationClub();
    }

    String headline() {
        return latest.headline();
    }

    String stage() {
        return latest.stage();
    }

    String kind() {
        return latest.kind();
    }

    String articleUrl() {
        return latest.articleUrl();
    }

    String bestSource() {
        return best.name();
    }

    String bestSourceTier() {
        return best.tier();
    }

    Instant firstSeen() {
        return seen.first();
    }

    Instant lastSeen() {
        return seen.last();
    }

    int reports() {
        return seen.reports();
    }

    private static int rank(String tier) {
        return new SourceRef("source", tier).rank();
    }
}
