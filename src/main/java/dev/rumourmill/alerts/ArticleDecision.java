package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.List;

/**
 * What the bot decided about one feed entry, kept for {@code /why}: where it came from, what the engine read
 * in it, the story it was filed into and the facts the alert routing judged.
 *
 * @param filing  the story the entry was filed into, or (story key null) why it made none
 * @param routing null when there was no story to route
 */
public record ArticleDecision(long id, Entry entry, Reading reading, Filing filing, Routing routing) {

    /** The entry as its feed gave it, and when the bot fetched it. */
    public record Entry(long feedId, String link, String title, Instant fetchedAt) {
    }

    /**
     * The engine's label and its explanation ({@code analyse --explain}).
     *
     * @param explanation the label's evidence and cues, then each move and club verdict, one line each
     */
    public record Reading(String label, double confidence, List<String> explanation) {
        public Reading {
            explanation = explanation == null ? List.of() : List.copyOf(explanation);
        }
    }

    /**
     * @param event what the entry did to its story ({@link dev.rumourmill.rumours.StoryEvent.Kind} as a name)
     * @param note  the same in words, e.g. "joined story #12 (Konaté → Real Madrid): a new source, The Athletic"
     */
    public record Filing(String storyKey, String event, String note) {
    }

    /**
     * The story's facts as the subscriptions judged them (every-server tiers), and the channels it was queued for.
     *
     * @param sources  the story's sources, best first
     * @param channels the channels this entry queued an alert for
     */
    public record Routing(AlertKind kind, String stage, double confidence, List<String> players, List<String> clubs,
            List<SourceRef> sources, List<String> channels) {
        public Routing {
            players = players == null ? List.of() : List.copyOf(players);
            clubs = clubs == null ? List.of() : List.copyOf(clubs);
            sources = sources == null ? List.of() : List.copyOf(sources);
            channels = channels == null ? List.of() : List.copyOf(channels);
        }

        /** The story as the router sees it, to ask a subscription again why it did or did not want it. */
        StoryAlert asAlert(String storyKey) {
            return StoryAlert.builder(storyKey).kind(kind).stage(stage).confidence(confidence).players(players)
                    .clubs(clubs).sources(sources).build();
        }
    }
}
