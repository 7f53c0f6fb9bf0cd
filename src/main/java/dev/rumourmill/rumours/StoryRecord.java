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
public record StoryRecord(long id, Story.About about, StoryStage stage, Story.Seen seen, List<String> sourceIds,
        List<String> articleIds, List<String> textPrints) implements StoryOutline {

    public StoryRecord {
        sourceIds = List.copyOf(sourceIds);
        articleIds = List.copyOf(articleIds);
        textPrints = List.copyOf(textPrints);
    }

    public StoryRecord withId(long newId) {
        return new StoryRecord(newId, about, stage, seen, sourceIds, articleIds, textPrints);
    }

    /** The same story after one more article, published at {@code lastSeen} (first sighting kept). */
    StoryRecord next(String destination, StoryStage newStage, Instant lastSeen, List<String> sources,
            List<String> articles, List<String> prints) {
        return new StoryRecord(id, about.withDestination(destination), newStage, new Story.Seen(seen.first(), lastSeen),
                sources, articles, prints);
    }

    Story toStory() {
        return new Story(id, about, stage, seen, new java.util.LinkedHashSet<>(sourceIds), articleIds);
    }
}
