package dev.rumourmill.rumours;

import java.util.List;

/**
 * What one article did to the stories.
 *
 * @param newSources the sources this article added to the story (empty unless {@code NEW_SOURCE})
 */
public record StoryEvent(Kind kind, Story story, List<String> newSources) {

    public enum Kind {
        /** The first article about this player and destination within the window. */
        NEW_STORY,
        /** The move got further (interest → talks → bid → agreed → medical → official), or was denied. */
        STAGE_CHANGE,
        /** Another journalist or outlet reports the same story. */
        NEW_SOURCE,
        /** The same story again with nothing new. */
        REPEAT,
        /** A syndicated copy of an article already seen: not a new source. */
        DUPLICATE,
        /** Not transfer news, or no player to key a story on. */
        NOT_A_STORY
    }

    public StoryEvent {
        newSources = List.copyOf(newSources);
    }

    public boolean isNews() {
        return kind == Kind.NEW_STORY || kind == Kind.STAGE_CHANGE || kind == Kind.NEW_SOURCE;
    }
}
