package dev.rumourmill.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll cycle: claims the feeds that are due and polls them, up to max-in-flight at a time
 * ({@link FeedPollingRoutine} runs one every few seconds). Due times live in the database, so a restart
 * picks up where the last process stopped and several bot processes sharing one PostgreSQL never poll the
 * same feed at once.
 *
 * <p>A poll waiting for its server holds no thread of ours: the fetcher's dispatcher does the waiting,
 * and a few worker threads do the database work, parsing and ingesting of whichever polls are ready. So
 * the number of feeds one cycle gets through is bounded by the in-flight cap and the CPU, not by a
 * thread per slow server.
 */
public class PollCycle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PollCycle.class);
    /** How long a claimed feed stays ours if this process dies mid-poll. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_PER_CYCLE = 50_000;

    private final FeedStateStore states;
    private final FeedPoller poller;
    private final Clock clock;
    private final int maxInFlight;
    private final int perHostConcurrency;
    private final ExecutorService workers;

    /**
     * @param workers     threads for the database work, parsing and ingesting (CPU-bound; about the core count)
     * @param maxInFlight polls started and not yet finished at any one time (polling.max-in-flight)
     * @param perHost     polls of one host's feeds at a time (polling.per-host-concurrency)
     */
    public PollCycle(FeedStateStore states, FeedPoller poller, Clock clock, int workers, int maxInFlight, int perHost) {
        this.states = states;
        this.poller = poller;
        this.clock = clock;
        this.maxInFlight = maxInFlight;
        this.perHostConcurrency = perHost;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "feed-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Polls every due feed once and returns how the polls ended. Never throws for a single feed's problem. */
    public Map<FeedPoller.PollOutcome, Integer> runCycle() {
        Map<FeedPoller.PollOutcome, Integer> outcomes = new EnumMap<>(FeedPoller.PollOutcome.class);
        // A feed is claimed when its poll starts, so its lease is not spent waiting for a slot.
        PollSlots slots = new PollSlots(maxInFlight, perHostConcurrency, due -> !states.claim(due, clock.instant().plus(LEASE))
                ? null
                : poller.pollAsync(due.feed(), due.state(), workers).whenComplete((outcome, failure) -> record(outcomes, due.feed(), outcome, failure)));
        try {
            for (FeedStateStore.Due due : states.due(clock.instant(), MAX_PER_CYCLE)) {
                slots.submit(due);
            }
            slots.awaitAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (outcomes) {
            return new EnumMap<>(outcomes);
        }
    }

    private static void record(Map<FeedPoller.PollOutcome, Integer> outcomes, FeedSource feed, FeedPoller.PollOutcome outcome,
                               Throwable failure) {
        if (failure != null) {
            // A database outage or a bug: the lease runs out and the feed is polled again later.
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            log.warn("Polling feed '{}' failed unexpectedly; it will be retried after {}: {}", feed.name(), LEASE, cause.toString());
            return;
        }
        synchronized (outcomes) {
            outcomes.merge(outcome, 1, Integer::sum);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
