package dev.rumourmill.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the bot's routines run, how alert delivery backs off and when a slow command is deferred:
 * internal settings, not part of bot-config.yml (nobody running the bot needs to change them). They are
 * Spring properties {@code rumourmill.timing.*} with today's values as defaults, so that the end-to-end
 * tests can run the whole bot with millisecond timings ({@code rumourmill.timing.poll-pause=50ms}).
 *
 * @param pollPause      pause between two poll cycles; each polls the feeds that are due (default 5s)
 * @param delivery       alert delivery's pause, retries and hand-off ({@code rumourmill.timing.delivery.*})
 * @param heartbeat      how often this process tells a shared database it is alive (default 30s)
 * @param deferAfter     how long a slash command or button click may work before the bot tells Discord it
 *                       is still working; Discord drops an interaction not answered within 3 s (default 1.5s)
 * @param retentionPause pause between two runs that forget /why's decisions past their 14 days (default 1h)
 * @param digestPause    pause between two checks for digests whose period has ended (default 15s)
 */
@ConfigurationProperties(prefix = "rumourmill.timing")
public record TimingProperties(
        Duration pollPause,
        Delivery delivery,
        Duration heartbeat,
        Duration deferAfter,
        Duration retentionPause,
        Duration digestPause) {

    /**
     * How alert delivery paces itself.
     *
     * @param pause      pause between two delivery rounds; each sends what the outbox has due (default 1s)
     * @param firstRetry the first wait before an alert Discord could not take is tried again; it doubles with
     *                   each attempt (default 2s)
     * @param maxRetry   the longest of those waits (default 10m)
     * @param handoff    how soon an alert for a server on another process's shard is offered again (default 2s)
     */
    public record Delivery(Duration pause, Duration firstRetry, Duration maxRetry, Duration handoff) {

        public Delivery {
            pause = positive("delivery.pause", pause, Duration.ofSeconds(1));
            firstRetry = positive("delivery.first-retry", firstRetry, Duration.ofSeconds(2));
            maxRetry = positive("delivery.max-retry", maxRetry, Duration.ofMinutes(10));
            handoff = positive("delivery.handoff", handoff, Duration.ofSeconds(2));
            if (maxRetry.compareTo(firstRetry) < 0) {
                throw new IllegalArgumentException("rumourmill.timing.delivery.max-retry (" + maxRetry
                        + ") is shorter than delivery.first-retry (" + firstRetry + ")");
            }
        }
    }

    public TimingProperties {
        pollPause = positive("poll-pause", pollPause, Duration.ofSeconds(5));
        delivery = delivery == null ? new Delivery(null, null, null, null) : delivery;
        heartbeat = positive("heartbeat", heartbeat, Duration.ofSeconds(30));
        deferAfter = positive("defer-after", deferAfter, Duration.ofMillis(1500));
        retentionPause = positive("retention-pause", retentionPause, Duration.ofHours(1));
        digestPause = positive("digest-pause", digestPause, Duration.ofSeconds(15));
        if (deferAfter.compareTo(Duration.ofSeconds(3)) >= 0) {
            throw new IllegalArgumentException("rumourmill.timing.defer-after (" + deferAfter
                    + ") must be under 3s: Discord drops an interaction not answered within 3 seconds");
        }
    }

    /** The production timings. */
    public static TimingProperties defaults() {
        return new TimingProperties(null, null, null, null, null, null);
    }

    private static Duration positive(String key, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("rumourmill.timing." + key + " must be positive, not " + value);
        }
        return value;
    }
}
