package dev.rumourmill.contracts;

import java.time.Instant;
import java.util.List;

/**
 * Port to the rumours told about a player, so {@code /contract} can show them without the contracts
 * feature depending on the rumour pipeline (the alerts feature implements it with its story log).
 */
public interface RecentRumours {

    /** For a bot without a story log (and for tests): no rumours. */
    RecentRumours NONE = (playerId, since, limit) -> List.of();

    /** The player's stories last reported at or after {@code since}, most recent first, at most {@code limit}. */
    List<RecentRumour> about(String playerId, Instant since, int limit);
}
