package dev.rumourmill.system;

import java.time.Duration;
import java.util.Objects;

/**
 * A background job of the running bot: a name (for logs and the thread), a schedule, and one run. Every
 * routine is run by the {@link RoutineScheduler}, which catches, logs and counts what a run throws, so a
 * routine never needs its own catch and one bad run never ends its schedule.
 */
public interface Routine {

    /** Short and unique, e.g. {@code feed-polling}; names the routine's thread and its log lines. */
    String name();

    Schedule schedule();

    /** One run. It may throw: the failure is logged and counted, and the routine runs again after its pause. */
    void run();

    /**
     * When a routine runs: first {@code firstRunAfter} after the bot is ready, then again {@code pause} after
     * each run ended (a slow run is never overlapped by the next).
     */
    record Schedule(Duration firstRunAfter, Duration pause) {

        public Schedule {
            Objects.requireNonNull(firstRunAfter, "firstRunAfter");
            Objects.requireNonNull(pause, "pause");
            if (firstRunAfter.isNegative()) {
                throw new IllegalArgumentException("firstRunAfter must not be negative: " + firstRunAfter);
            }
            if (pause.isNegative() || pause.isZero()) {
                throw new IllegalArgumentException("pause must be positive: " + pause);
            }
        }

        /** First run one pause after start, then one pause after each run. */
        public static Schedule every(Duration pause) {
            return new Schedule(pause, pause);
        }
    }
}
