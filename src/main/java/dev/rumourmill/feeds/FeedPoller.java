package dev.rumourmill.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: conditional fetch, parse, ingest, and the bookkeeping of its health. Every problem
 * with the feed itself ends up in its health record and never escapes to other feeds.
 */
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedFetcher fetcher;
    private final RomeFeedParser parser;
    private final EntryIngestor ingestor;
    private final FeedStateStore states;
    private final PollSchedule schedule;
    private final int disableAfterFailures;
    private final List<FeedHealthListener> listeners;
    private final Clock clock;

    public FeedPoller(FeedFetcher fetcher, RomeFeedParser parser, EntryIngestor ingestor, FeedStateStore states,
                      PollSchedule schedule, int disableAfterFailures, List<FeedHealthListener> listeners, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.ingestor = ingestor;
        this.states = states;
        this.schedule = schedule;
        this.disableAfterFailures = disableAfterFailures;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    /** Polls in the calling thread, waiting for the server. */
    public PollOutcome poll(FeedSource feed) {
        try {
            return pollAsync(feed, Runnable::run).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw e;
        }
    }

    /** As {@link #pollAsync(FeedSource, FeedState, Executor)}, with the feed's state read first. */
    public CompletableFuture<PollOutcome> pollAsync(FeedSource feed, Executor workers) {
        FeedState state;
        try {
            state = states.load(feed.id());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return pollAsync(feed, state, workers);
    }

    /**
     * Polls without holding a thread while the server answers: the fetch runs on the fetcher's own dispatcher, and
     * parsing, ingesting and the bookkeeping on {@code workers}. {@code state} is the feed's state as the caller
     * read it (a poll cycle reads every due feed's state with one query). Completes with how the poll ended, or
     * exceptionally for a database outage or a bug (never for a problem with the feed itself).
     */
    public CompletableFuture<PollOutcome> pollAsync(FeedSource feed, FeedState state, Executor workers) {
        return fetcher.fetchAsync(new FetchRequest(feed.url(), state.etag(), state.lastModified()))
                .handleAsync((result, failure) -> failure == null ? fetched(feed, state, result) : failed(feed, state, failure),
                        workers);
    }

    private PollOutcome fetched(FeedSource feed, FeedState state, FetchResult result) {
        Instant now = clock.instant();
        if (result.notModified()) {
            states.recordSuccess(feed.id(), keep(result.etag(), state.etag()), keep(result.lastModified(), state.lastModified()),
                    now, schedule.afterSuccess(feed, now, result.maxAge()), null);
            return PollOutcome.NOT_MODIFIED;
        }
        ParsedFeed parsed;
        try {
            parsed = parser.parse(result.body(), result.contentType(), feed.url());
        } catch (FeedParseException e) {
            return failed(feed, state, e.getMessage(), null);
        }
        if (!state.initialised()) {
            // Before the preview entries are handed on, so that the person reading sees why they come.
            announce(firstPoll(feed, parsed.entries(), now));
        }
        // The feed's state is recorded in the transaction of its entries: one commit per poll.
        Instant next = schedule.afterSuccess(feed, now, result.maxAge());
        EntryIngestor.IngestReport report = ingestor.ingest(feed, parsed.entries(), !state.initialised(), now, ingested -> {
            List<String> failures = ingested.failures();
            // Keep the old validators when an entry could not be handed on, or the next poll would get a 304 and
            // never see that entry again.
            states.recordSuccess(feed.id(), failures.isEmpty() ? result.etag() : state.etag(),
                    failures.isEmpty() ? result.lastModified() : state.lastModified(), now, next, failures.isEmpty() ? null
                            : failures.size() + " new entr" + (failures.size() == 1 ? "y" : "ies")
                            + " could not be handed on and will be retried: " + failures.get(0));
        });
        return report.failures().isEmpty() ? PollOutcome.FETCHED : PollOutcome.PARTLY_HANDED_ON;
    }

    private PollOutcome failed(FeedSource feed, FeedState state, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CancellationException stopping) {
            // The bot is stopping: not the feed's fault, and its lease makes it due again soon.
            throw stopping;
        }
        FeedFetchException e = FeedFetcher.asFetchException(cause);
        return failed(feed, state, e.getMessage(), e.retryAfter());
    }

    private PollOutcome failed(FeedSource feed, FeedState state, String error, Duration retryAfter) {
        Instant now = clock.instant();
        int failures = state.consecutiveFailures() + 1;
        boolean disable = failures >= disableAfterFailures;
        states.recordFailure(feed.id(), error, now, failures, schedule.afterFailure(feed, now, failures, retryAfter), disable);
        log.info("Feed '{}' failed ({} in a row): {}", feed.name(), failures, error);
        if (disable) {
            log.warn("Feed '{}' disabled after {} failures in a row. Last error: {}", feed.name(), failures, error);
            FeedDisabled event = new FeedDisabled(feed, failures, error, now);
            for (FeedHealthListener listener : listeners) {
                try {
                    listener.feedDisabled(event);
                } catch (RuntimeException e) {
                    log.warn("A listener failed on the disabled-feed event of '{}': {}", feed.name(), e.toString());
                }
            }
            return PollOutcome.DISABLED;
        }
        return PollOutcome.FAILED;
    }

    private static FirstPoll firstPoll(FeedSource feed, List<FeedEntry> entries, Instant now) {
        Instant newest = entries.stream().map(FeedEntry::date).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new FirstPoll(feed, entries.size(), newest, Math.min(feed.preview(), entries.size()), now);
    }

    private void announce(FirstPoll poll) {
        for (FeedHealthListener listener : listeners) {
            try {
                listener.firstPolled(poll);
            } catch (RuntimeException e) {
                log.warn("A listener failed on the first poll of '{}': {}", poll.feed().name(), e.toString());
            }
        }
    }

    private static String keep(String fresh, String old) {
        return fresh != null ? fresh : old;
    }

    /** How one poll ended. */
    public enum PollOutcome { NOT_MODIFIED, FETCHED, PARTLY_HANDED_ON, FAILED, DISABLED }
}
