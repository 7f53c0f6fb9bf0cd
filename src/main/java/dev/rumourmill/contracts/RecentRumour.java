package dev.rumourmill.contracts;

import java.time.Instant;

/**
 * One rumour story about a player as {@code /contract} shows it. Text comes from feeds: whoever renders it
 * must escape it.
 *
 * @param headline    "Player → Club" or "Player: transfer talk"
 * @param stage       how far the move has got (interest, talks, bid, …), or null
 * @param sourceName  the best source of the story, or null
 * @param sourceBadge its reliability as users see it ("tier 1", "official", "unrated"), or null
 * @param articleUrl  the latest article about it, or null
 * @param lastSeen    when it was last reported
 * @param reports     how many independent reports it has
 */
public record RecentRumour(String headline, String stage, String sourceName, String sourceBadge, String articleUrl,
        Instant lastSeen, int reports) {
}
