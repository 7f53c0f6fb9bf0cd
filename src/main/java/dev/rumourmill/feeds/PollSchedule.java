package dev.rumourmill.feeds;

import dev.rumourmill.config.PollingProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a feed is due next. Healthy: its interval (stretched by the server's Cache-Control max-age, up
 * to max-backoff) plus jitter. Failing: the interval doubled per failure, capped at max-backoff, and
 * never sooner than the server's Retry-After (itself capped at a day).
 */
public final class PollSchedule {

    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    private final Duration jitter;
    private final Duration maxBackoff;
    private final RandomGenerator random;

    public PollSchedule(PollingProperties polling, RandomGenerator random) {
        this.jitter = polling.jitter();
        this.maxBackoff = polling.maxBackoff();
        this.random = random;
    }

    public Instant afterSuccess(FeedSource feed, Instant now, Duration maxAge) {
        Duration wait = feed.interval();
        if (maxAge != null && maxAge.compareTo(wait) > 0) {
            wait = min(maxAge, maxBackoff.compareTo(wait) > 0 ? maxBackoff : wait);
        }
        return now.plus(wait).plus(jitter());
    }

    public Instant afterFailure(FeedSource feed, Instant now, int consecutiveFailures, Duration retryAfter) {
        int doublings = Math.min(Math.max(consecutiveFailures - 1, 0), 20);
        Duration backoff = min(feed.interval().multipliedBy(1L << doublings), maxBackoff.compareTo(feed.interval()) > 0
                ? maxBackoff : feed.interval());
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            backoff = min(retryAfter, LONGEST_RETRY_AFTER);
        }
        return now.plus(backoff).plus(jitter());
    }

    private Duration jitter() {
        long millis = jitter.toMillis();
        return millis <= 0 ? Duration.ZERO : Duration.ofMillis(random.nextLong(millis + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
