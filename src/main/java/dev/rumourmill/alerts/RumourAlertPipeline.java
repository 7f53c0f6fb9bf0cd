package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.contracts.ContractService;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.contracts.ReportedContract;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.feeds.NewEntryHandler;
import dev.rumourmill.rumours.Analysis;
import dev.rumourmill.rumours.Article;
import dev.rumourmill.rumours.Player;
import dev.rumourmill.rumours.RatedSource;
import dev.rumourmill.rumours.Story;
import dev.rumourmill.rumours.StoryClusterer;
import dev.rumourmill.rumours.StoryEvent;
import dev.rumourmill.system.RunMode;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The main loop, one feed entry at a time: analyse it, file it into its story, and when the story has
 * news (new, another outlet, a new stage) write the alerts for the channels that follow it. Runs inside
 * the feed's transaction, so the entry counts as processed exactly when its alerts are in the outbox.
 * Every story event that is news is also written to the story log, which /contract reads. The open stories
 * themselves are kept in the database ({@link OpenStoryStore}), shared by all processes.
 */
@Component
class RumourAlertPipeline implements NewEntryHandler {

    private static final Logger log = LoggerFactory.getLogger(RumourAlertPipeline.class);

    private final RumourEngineProvider engines;
    private final StoryClusterer stories;
    private final StoryAlerts storyAlerts;
    private final AlertPublisher publisher;
    private final ContractStore contracts;
    private final StoryLogStore storyLog;
    private final RunMode mode;
    private final PrintStream previewOut;
    private final Clock clock;

    RumourAlertPipeline(RumourEngineProvider engines, AlertPublisher publisher, ContractService contractService,
            ContractStore contracts, StoryLogStore storyLog, OpenStoryStore openStories, RunMode mode,
            @Qualifier("previewOut") PrintStream previewOut, Clock clock) {
        this.engines = engines;
        // Stories in the database: a restart, or another process, goes on with the same stories and sources.
        this.stories = new StoryClusterer(StoryClusterer.DEFAULT_WINDOW, openStories);
        this.storyAlerts = new StoryAlerts(engines, new ContractLines(contractService));
        this.publisher = publisher;
        this.contracts = contracts;
        this.storyLog = storyLog;
        this.mode = mode;
        this.previewOut = previewOut;
        this.clock = clock;
    }

    @Override
    public void handle(FeedSource feed, FeedEntry entry) {
        Instant at = entry.date() == null ? clock.instant() : entry.date();
        Article article = new Article(entry.id(), entry.link(), at.atZone(ZoneOffset.UTC).toLocalDate(),
                entry.title(), entry.content());
        Analysis analysis = engines.engine().analyse(article);
        if (!analysis.isTransferNews()) {
            preview(feed, entry, analysis, null, List.of());
            return;
        }
        rememberReportedExpiry(analysis, entry, feed, at);
        StoryEvent event = stories.add(analysis, entry.title() + "\n" + entry.content(), at);
        if (!event.isNews()) {
            preview(feed, entry, analysis, event, List.of());
            return;
        }
        StoryAlert alert = storyAlerts.from(event, analysis, feed, entry, at);
        List<String> channels = publisher.publish(alert);
        log(event, alert);
        preview(feed, entry, analysis, event, channels);
    }

    /** "His deal expires in 2026" is kept as a news-reported fact about a known player, never overriding data. */
    private void rememberReportedExpiry(Analysis analysis, FeedEntry entry, FeedSource feed, Instant at) {
        if (analysis.contractExpiryYear() == null || analysis.players().isEmpty() || entry.link() == null) {
            return;
        }
        Player player = analysis.players().get(0);
        if (!player.known()) {
            return;
        }
        String outlet = analysis.sources().stream().map(RatedSource::name).findFirst().orElse(feed.name());
        try {
            contracts.saveReported(new ReportedContract(player.id(), analysis.contractExpiryYear(),
                    URI.create(entry.link()), outlet, at.atZone(ZoneOffset.UTC).toLocalDate()));
        } catch (RuntimeException e) {
            log.debug("Could not keep the reported expiry of {}: {}", player.name(), e.getMessage());
        }
    }

    /** The story log is a convenience for /contract: a failure to write it never costs the alerts. */
    private void log(StoryEvent event, StoryAlert alert) {
        Story story = event.story();
        try {
            storyLog.record(StoryLogEntry.of(alert, story.playerId(), story.playerName(), storyAlerts.destination(story),
                    story.firstSeen(), story.lastSeen()));
        } catch (RuntimeException e) {
            log.warn("Could not write story {} to the story log: {}", alert.storyKey(), e.toString());
        }
    }

    /** In preview mode, one line per new entry so an admin sees what the engine made of the feed. */
    private void preview(FeedSource feed, FeedEntry entry, Analysis analysis, StoryEvent event, List<String> channels) {
        if (!mode.isPreview()) {
            return;
        }
        String verdict = event == null ? "not transfer news"
                : analysis.label().wire() + ", " + event.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + (channels.isEmpty() ? ", followed by no channel" : ", alert for " + channels.size() + " channel(s)");
        previewOut.println("[preview] " + feed.name() + ": \"" + entry.title() + "\" " + (entry.link() == null ? "" : entry.link())
                + " → " + verdict);
        previewOut.flush();
    }

    static AlertKind kindOf(Analysis analysis) {
        return switch (analysis.label()) {
            case CONFIRMED -> AlertKind.CONFIRMED;
            case DENIAL -> AlertKind.DENIAL;
            default -> AlertKind.RUMOUR;
        };
    }
}
