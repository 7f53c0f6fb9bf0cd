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
public record Story(long id, About about, StoryStage stage, Seen seen, Set<String> sourceIds, List<String> articleIds) implements StoryOutline {

    /** Whose move to where the story is about; the destination is null while no article has named one. */
    public record About(String playerId, String playerName, String destinationClubId) {

        About withDestination(String clubId) {
            return new About(playerId, playerName, clubId);
        }
    }

    /** When the story's first and latest articles were published. */
    public record Seen(Instant first, Instant last) {
    }

    public Story {
        sourceIds = Set.copyOf(sourceIds);
        articleIds = List.copyOf(articleIds);
    }
}
