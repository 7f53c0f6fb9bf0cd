package dev.rumourmill.rumours;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stories in this process only: forgotten on restart, not shared. One lock; the work per article is small. */
final class InMemoryStoryStore implements StoryStore {

    private final Map<Long, StoryRecord> stories = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized <T> T change(String playerId, Instant since, Change<T> change) {
        stories.values().removeIf(story -> story.lastSeen().isBefore(since));
        List<StoryRecord> mine = stories.values().stream().filter(story -> story.playerId().equals(playerId)).toList();
        return change.apply(mine, story -> {
            StoryRecord stored = story.id() == 0 ? story.withId(nextId++) : story;
            stories.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public synchronized List<StoryRecord> openSince(Instant since) {
        return new ArrayList<>(stories.values().stream().filter(story -> !story.lastSeen().isBefore(since)).toList());
    }
}
