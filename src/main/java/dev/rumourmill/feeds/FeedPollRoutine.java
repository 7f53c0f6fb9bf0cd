package dev.rumourmill.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few seconds: claims the feeds that are due and polls them in parallel. Due times live in the
 * database, so a restart picks up where the last process stopped and several bot processes sharing
 * one PostgreSQL never poll the same feed at once.
 */
public class FeedPollRoutine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedPollRoutine.class);
    /** How long a claimed feed stays ours if this process dies mid-poll. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_PER_CYCLE = 10_000;

    private final FeedStateStore states;
    private final FeedPoller poller;
    private final Clock clock;
    private final ExecutorService workers;

    public FeedPollRoutine(FeedStateStore states, FeedPoller poller, Clock clock, int parallelism) {
        this.states = states;
        this.poller = poller;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "feed-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Polls every due feed once and returns how the polls ended. Never throws for a single feed's problem. */
    public Map<FeedPoller.PollOutcome, Integer> runCycle() {
        Instant now = clock.instant();
        List<Future<FeedPoller.PollOutcome>> polls = new ArrayList<>();
        for (FeedStateStore.Due due : states.due(now, MAX_PER_CYCLE)) {
            if (states.claim(due, now.plus(LEASE))) {
                polls.add(workers.submit(() -> pollSafely(due.feed())));
            }
        }
        Map<FeedPoller.PollOutcome, Integer> outcomes = new EnumMap<>(FeedPoller.PollOutcome.class);
        for (Future<FeedPoller.PollOutcome> poll : polls) {
            try {
                FeedPoller.PollOutcome outcome = poll.get();
                if (outcome != null) {
                    outcomes.merge(outcome, 1, Integer::sum);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcomes;
            } catch (ExecutionException e) {
                log.warn("A feed poll failed unexpectedly", e.getCause());
            }
        }
        return outcomes;
    }

    private FeedPoller.PollOutcome pollSafely(FeedSource feed) {
        try {
            return poller.poll(feed);
        } catch (RuntimeException e) {
            // A database outage or a bug: the lease runs out and the feed is polled again later.
            log.warn("Polling feed '{}' failed unexpectedly; it will be retried after {}: {}", feed.name(), LEASE, e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
