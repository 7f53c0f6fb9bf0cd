package dev.rumourmill.alerts;

import dev.rumourmill.config.TimingProperties;
import java.time.Duration;

/**
 * How alert delivery is timed: how often a round runs, how an alert Discord could not take backs off, and
 * how soon an alert for another process's server is offered again. Production values come from
 * {@link TimingProperties#defaults()}; tests shorten them.
 *
 * @param pause      between two delivery rounds
 * @param firstRetry the wait after the first failed attempt; it doubles with each further attempt
 * @param maxRetry   the longest wait between attempts
 * @param handoff    how soon a row another process may be able to send is offered again
 */
public record DeliveryTiming(Duration pause, Duration firstRetry, Duration maxRetry, Duration handoff) {

    public static DeliveryTiming from(TimingProperties timing) {
        TimingProperties.Delivery delivery = timing.delivery();
        return new DeliveryTiming(delivery.pause(), delivery.firstRetry(), delivery.maxRetry(), delivery.handoff());
    }

    public static DeliveryTiming defaults() {
        return from(TimingProperties.defaults());
    }

    /** The wait before the next attempt of a row that has failed {@code attempts} times before this one. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts, 16));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
