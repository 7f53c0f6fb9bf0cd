package dev.rumourmill.contracts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;

/** At most {@code permits} acquisitions in any {@code window}; never blocks, so callers can answer at once. */
final class SlidingWindowRateLimit {

    private final int permits;
    private final long windowMillis;
    private final Clock clock;
    private final ArrayDeque<Long> granted = new ArrayDeque<>();

    SlidingWindowRateLimit(int permits, Duration window, Clock clock) {
        this.permits = permits;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    synchronized boolean tryAcquire() {
        long now = clock.millis();
        while (!granted.isEmpty() && now - granted.peekFirst() >= windowMillis) {
            granted.pollFirst();
        }
        if (granted.size() >= permits) {
            return false;
        }
        granted.addLast(now);
        return true;
    }
}
