package dev.rumourmill.rumours;

import java.time.Instant;
import java.util.List;

/**
 * One open story as a {@link StoryStore} keeps it: everything the clusterer needs to go on filing articles
 * into it after a restart or in another process.
 *
 * @param id         0 for a story not stored yet; the store gives it one
 * @param sourceIds  the distinct sources in the order they reported it
 * @param articleIds every article filed into the story (its report count)
 * @param textPrints opaque prints of the distinct texts, for spotting syndicated copies
 */
public record StoryRecord(long id, String playerId, String playerName, String destinationClubId, StoryStage stage,
        Instant firstSeen, Instant lastSeen, List<String> sourceIds, List<String> articleIds, List<String> textPrints) {

    public StoryRecord {
        sourceIds = List.copyOf(sourceIds);
        articleIds = List.copyOf(articleIds);
        textPrints = List.copyOf(textPrints);
    }

    public StoryRecord withId(long newId) {
        return new StoryRecord(newId, playerId, playerName, destinationClubId, stage, firstSeen, lastSeen, sourceIds,
                articleIds, textPrints);
    }

    Story toStory() {
        return new Story(id, playerId, playerName, destinationClubId, stage, firstSeen, lastSeen,
                new java.util.LinkedHashSet<>(sourceIds), articleIds);
    }
}
