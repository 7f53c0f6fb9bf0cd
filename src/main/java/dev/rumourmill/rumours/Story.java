package dev.rumourmill.rumours;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A transfer story as it stands: one player's possible move to one club (destination null while no
 * article has named one), told by one or more articles.
 *
 * @param sourceIds the distinct journalists and outlets that reported it (syndicated copies add none)
 */
public record Story(long id, String playerId, String playerName, String destinationClubId, StoryStage stage,
        Instant firstSeen, Instant lastSeen, Set<String> sourceIds, List<String> articleIds) {

    public Story {
        sourceIds = Set.copyOf(sourceIds);
        articleIds = List.copyOf(articleIds);
    }
}
