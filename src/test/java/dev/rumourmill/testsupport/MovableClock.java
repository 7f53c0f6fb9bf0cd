package dev.rumourmill.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that ticks like the real one from a chosen start, and that a test moves forward (e.g. to the evening's
 * digest) while the bot runs on it: timeouts and back-offs keep working, schedules see the new time.
 */
public final class MovableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset;

    public MovableClock(Instant start) {
        this.offset = Duration.between(system.instant(), start);
    }

    /** Jumps to {@code instant}; the clock goes on ticking from there. */
    public void moveTo(Instant instant) {
        offset = Duration.between(system.instant(), instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }
}
