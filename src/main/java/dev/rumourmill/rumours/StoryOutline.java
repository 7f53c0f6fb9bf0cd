package dev.rumourmill.rumours;

import java.time.Instant;

/**
 * Whose move to where a story is about and when it was seen, read the same way from an open {@link Story} and
 * from its stored {@link StoryRecord}.
 */
public interface StoryOutline {

    Story.About about();

    Story.Seen seen();

    default String playerId() {
        return about().playerId();
    }

    default String playerName() {
        return about().playerName();
    }

    default String destinationClubId() {
        return about().destinationClubId();
    }

    default Instant firstSeen() {
        return seen().first();
    }

    default Instant lastSeen() {
        return seen().last();
    }
}
