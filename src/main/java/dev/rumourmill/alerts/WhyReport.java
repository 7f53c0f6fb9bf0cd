package dev.rumourmill.alerts;

import java.util.List;

/**
 * The answer to {@code /why link:}: every decision the bot took about one article, as one server may see it —
 * only entries of feeds that server may see, only that server's channels.
 *
 * @param sightings    one per feed entry with this article's link, newest first; empty: never seen
 * @param watchedFeeds the names of the feeds the server watches (said when the article was never seen)
 */
public record WhyReport(String link, List<Sighting> sightings, List<String> watchedFeeds) {

    public WhyReport {
        sightings = List.copyOf(sightings);
        watchedFeeds = List.copyOf(watchedFeeds);
    }

    public boolean neverSeen() {
        return sightings.isEmpty();
    }

    /**
     * One feed's entry of the article and what came of it.
     *
     * @param channels this server's channels with a subscription, each with its verdict; empty when there was
     *                 no story to route
     */
    public record Sighting(ArticleDecision decision, String feedName, List<ChannelVerdict> channels) {
        public Sighting {
            channels = List.copyOf(channels);
        }
    }

    /** What happened in one channel: an alert queued, or why its subscriptions filtered the story. */
    public enum Outcome {
        /** This entry queued an alert for the channel. */
        QUEUED,
        /** The channel's subscriptions want the story, but this entry brought it nothing new. */
        NOTHING_NEW,
        /** Every subscription of the channel filtered the story out. */
        FILTERED
    }

    /**
     * @param reason   why, in words (the filter that stopped it, or what was queued)
     * @param delivery how far the alert got in this channel, or null when nothing was ever queued there
     */
    public record ChannelVerdict(String channelId, Outcome outcome, String reason, Delivery delivery) {
    }

    /**
     * One outbox row's state: sent (with the message id), queued, or parked with the platform's error.
     *
     * @param heldByHourlyCap the row waits because the channel's {@code max-per-hour} is reached
     */
    public record Delivery(OutboxAction action, OutboxRow.Progress progress, boolean heldByHourlyCap) {

        Delivery capped(boolean held) {
            return new Delivery(action, progress, held);
        }
    }
}
