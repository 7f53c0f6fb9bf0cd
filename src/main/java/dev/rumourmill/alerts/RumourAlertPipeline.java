package dev.rumourmill.alerts;

import dev.rumourmill.contracts.ReportedContract;
import dev.rumourmill.contracts.ReportedContracts;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.feeds.NewEntryHandler;
import dev.rumourmill.rumours.Story;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main loop, one feed entry at a time: the {@link StoryStep} analyses it and files it into its story;
 * this class carries out what follows — keeps a contract fact the article reported, writes the alerts for
 * the channels that follow a story with news (only in the servers that may see the entry's feed: see
 * {@link FeedAudience}), learns the sources' records from what the story came to ({@link SourceOutcomes}),
 * records the story in the story log (which /contract reads)
 * and says what it made of the entry (printed in preview mode) and, for /why, keeps every decision it took. Runs inside the feed's transaction, so the
 * entry counts as processed exactly when its alerts are in the outbox.
 */
final class RumourAlertPipeline implements NewEntryHandler {

    private static final Logger log = LoggerFactory.getLogger(RumourAlertPipeline.class);

    private final StoryStep step;
    private final AlertPublisher publisher;
    private final ReportedContracts reportedContracts;
    private final StoryLogStore storyLog;
    private final EntryVerdicts verdicts;
    private final FeedAudiences audiences;
    private final SourceOutcomes outcomes;
    private final DecisionLog decisions;
    private final Clock clock;

    RumourAlertPipeline(StoryStep step, AlertPublisher publisher, ReportedContracts reportedContracts,
            StoryLogStore storyLog, EntryVerdicts verdicts, FeedAudiences audiences, SourceOutcomes outcomes,
            DecisionLog decisions, Clock clock) {
        this.step = step;
        this.outcomes = outcomes;
        this.decisions = decisions;
        this.clock = clock;
        this.audiences = audiences;
        this.publisher = publisher;
        this.reportedContracts = reportedContracts;
        this.storyLog = storyLog;
        this.verdicts = verdicts;
    }

    @Override
    public void handle(FeedSource feed, FeedEntry entry) {
        Instant fetchedAt = clock.instant();
        StoryStep.Analysed analysed = step.analyse(feed, entry);
        if (analysed.analysis().isTransferNews()) {
            // Kept before the alert is written, so the alert's contract line already knows it.
            analysed.reportedContract().ifPresent(this::keep);
        }
        StoryStep.Outcome outcome = step.file(analysed);
        List<String> channels = List.of();
        if (outcome.alert() != null) {
            FeedAudience audience = audiences.of(feed);
            // Learnt before the alert is written, so the alert already shows what this entry settled.
            outcomes.learn(outcome.event().story(), analysed.analysis().sources(), audience, analysed.at());
            channels = publisher.publish(outcome.alert(), audience);
            if (outcome.event().isNews()) {
                log(outcome);
            }
        }
        // In the entry's transaction: /why finds the decision exactly when the entry's alerts are in the outbox.
        decisions.record(ArticleDecisions.of(outcome, channels, fetchedAt));
        verdicts.verdict(feed, entry, outcome.verdict(channels));
    }

    /** A reported fact is a convenience: failing to keep it never costs the alerts. */
    private void keep(ReportedContract fact) {
        try {
            reportedContracts.saveReported(fact);
        } catch (RuntimeException e) {
            log.debug("Could not keep the reported expiry of {}: {}", fact.playerId(), e.getMessage());
        }
    }

    /** The story log is a convenience for /contract: a failure to write it never costs the alerts. */
    private void log(StoryStep.Outcome outcome) {
        StoryAlert alert = outcome.alert();
        Story story = outcome.event().story();
        try {
            storyLog.record(StoryLogEntry.of(alert, story.playerId(), story.playerName(), step.destination(outcome.event()),
                    story.firstSeen(), story.lastSeen()));
        } catch (RuntimeException e) {
            log.warn("Could not write story {} to the story log: {}", alert.storyKey(), e.toString());
        }
    }
}
