package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.contracts.ReportedContract;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.rumours.Analysis;
import dev.rumourmill.rumours.Article;
import dev.rumourmill.rumours.Explanation;
import dev.rumourmill.rumours.Player;
import dev.rumourmill.rumours.RatedSource;
import dev.rumourmill.rumours.RumourEngine;
import dev.rumourmill.rumours.StoryClusterer;
import dev.rumourmill.rumours.StoryEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The story step of the main loop, free of side effects beyond the story it files the entry into: analyse
 * the entry, file it into its story, and say what came of it. What to do with the outcome (keep a reported
 * fact, queue alerts, log the story, print a preview line) is {@link RumourAlertPipeline}'s business.
 */
final class StoryStep {

    private final RumourEngineProvider engines;
    private final StoryClusterer stories;
    private final StoryAlerts storyAlerts;
    private final Clock clock;

    StoryStep(RumourEngineProvider engines, StoryClusterer stories, StoryAlerts storyAlerts, Clock clock) {
        this.engines = engines;
        this.stories = stories;
        this.storyAlerts = storyAlerts;
        this.clock = clock;
    }

    /**
     * What the engine read in one entry, dated by the entry (or now, when it carries no date).
     *
     * @param explanation why the engine read it so (kept for /why), or null
     */
    record Analysed(FeedSource feed, FeedEntry entry, Analysis analysis, Instant at, Explanation explanation) {

        /** "His deal expires in 2026" about a known player, with the article that said so. */
        Optional<ReportedContract> reportedContract() {
            if (analysis.contractExpiryYear() == null || analysis.players().isEmpty() || entry.link() == null) {
                return Optional.empty();
            }
            Player player = analysis.players().get(0);
            if (!player.known()) {
                return Optional.empty();
            }
            String outlet = analysis.sources().stream().map(RatedSource::name).findFirst().orElse(feed.name());
            try {
                return Optional.of(new ReportedContract(player.id(), analysis.contractExpiryYear(),
                        URI.create(entry.link()), outlet, at.atZone(ZoneOffset.UTC).toLocalDate()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * What one entry came to: its story event (null when it is no transfer news) and the alert to route
     * (null without a story; a {@link StoryUpdate#CATCH_UP} when the event is no news).
     */
    record Outcome(Analysed analysed, StoryEvent event, StoryAlert alert) {

        /** "rumour, new story, alert for 2 channel(s)" or "not transfer news". */
        String verdict(List<String> channels) {
            if (event == null) {
                return "not transfer news";
            }
            return analysed.analysis().label().wire() + ", " + event.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (channels.isEmpty() ? ", followed by no channel" : ", alert for " + channels.size() + " channel(s)");
        }
    }

    Analysed analyse(FeedSource feed, FeedEntry entry) {
        Instant at = entry.date() == null ? clock.instant() : entry.date();
        Article article = new Article(entry.id(), entry.link(), at.atZone(ZoneOffset.UTC).toLocalDate(),
                entry.title(), entry.content());
        RumourEngine.Detailed read = engines.engine().analyseExplained(article);
        return new Analysed(feed, entry, read.analysis(), at, read.explanation());
    }

    /**
     * Files transfer news into its story. The alert is there whenever the entry is about a story: when it
     * brings no news it still reaches a server whose feeds had not reported the story before.
     */
    Outcome file(Analysed analysed) {
        if (!analysed.analysis().isTransferNews()) {
            return new Outcome(analysed, null, null);
        }
        FeedEntry entry = analysed.entry();
        StoryEvent event = stories.add(analysed.analysis(), entry.title() + "\n" + entry.content(), analysed.at());
        StoryAlert alert = event.story() != null
                ? storyAlerts.from(event, analysed.analysis(), analysed.feed(), entry, analysed.at())
                : null;
        return new Outcome(analysed, event, alert);
    }

    /** The destination club's name as the knowledge base spells it, or null while the story names none. */
    String destination(StoryEvent event) {
        return storyAlerts.destination(event.story());
    }

    static AlertKind kindOf(Analysis analysis) {
        return switch (analysis.label()) {
            case CONFIRMED -> AlertKind.CONFIRMED;
            case DENIAL -> AlertKind.DENIAL;
            default -> AlertKind.RUMOUR;
        };
    }
}
