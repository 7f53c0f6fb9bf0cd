package dev.rumourmill.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the bot's routines run, how alert delivery backs off and when a slow command is deferred:
 * internal settings, not part of bot-config.yml (nobody running the bot needs to change them). They are
 * Spring properties {@code rumourmill.timing.*} with today's values as defaults, so that the end-to-end
 * tests can run the whole bot with millisecond timings ({@code rumourmill.timing.poll-pause=50ms}).
 *
 * @param pollPause          pause between two poll cycles; each polls the feeds that are due (default 5s)
 * @param deliveryPause      pause between two delivery rounds; each sends what the outbox has due (default 1s)
 * @param deliveryFirstRetry the first wait before an alert Discord could not take is tried again; it doubles
 *                           with each attempt (default 2s)
 * @param deliveryMaxRetry   the longest of those waits (default 10m)
 * @param deliveryHandoff    how soon an alert for a server on another process's shard is offered again (default 2s)
 * @param heartbeat          how often this process tells a shared database it is alive (default 30s)
 * @param deferAfter         how long a slash command or button click may work before the bot tells Discord it
 *                           is still working; Discord drops an interaction not answered within 3 s (default 1.5s)
 * @param digestPause        pause between two checks for digests whose period has ended (default 15s)
 */
@ConfigurationProperties(prefix = "rumourmill.timing")
public record TimingProperties(
        Duration pollPause,
        Duration deliveryPause,
        Duration deliveryFirstRetry,
        Duration deliveryMaxRetry,
        Duration deliveryHandoff,
        Duration heartbeat,
        Duration deferAfter,
        Duration digestPause) {

    public TimingProperties {
        pollPause = positive("poll-pause", pollPause, Duration.ofSeconds(5));
        deliveryPause = positive("delivery-pause", deliveryPause, Duration.ofSeconds(1));
        deliveryFirstRetry = positive("delivery-first-retry", deliveryFirstRetry, Duration.ofSeconds(2));
        deliveryMaxRetry = positive("delivery-max-retry", deliveryMaxRetry, Duration.ofMinutes(10));
        deliveryHandoff = positive("delivery-handoff", deliveryHandoff, Duration.ofSeconds(2));
        heartbeat = positive("heartbeat", heartbeat, Duration.ofSeconds(30));
        deferAfter = positive("defer-after", deferAfter, Duration.ofMillis(1500));
        digestPause = positive("digest-pause", digestPause, Duration.ofSeconds(15));
        if (deferAfter.compareTo(Duration.ofSeconds(3)) >= 0) {
            throw new IllegalArgumentException("rumourmill.timing.defer-after (" + deferAfter
                    + ") must be under 3s: Discord drops an interaction not answered within 3 seconds");
        }
        if (deliveryMaxRetry.compareTo(deliveryFirstRetry) < 0) {
            throw new IllegalArgumentException("rumourmill.timing.delivery-max-retry (" + deliveryMaxRetry
                    + ") is shorter than delivery-first-retry (" + deliveryFirstRetry + ")");
        }
    }

    /** The production timings. */
    public static TimingProperties defaults() {
        return new TimingProperties(null, null, null, null, null, null, null, null);
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
