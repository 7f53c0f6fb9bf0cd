package dev.rumourmill.feeds;

import dev.rumourmill.system.Routine;
import java.time.Duration;

/**
 * The routine that polls feeds: a poll cycle (every due feed, see {@link PollCycle}) a pause (5 s) after
 * the last one ended, the first a second after start. Each feed's own interval decides when it is due; the
 * pause only bounds how late a due feed is noticed.
 */
class FeedPollingRoutine implements Routine {

    private static final Duration FIRST_CYCLE_AFTER = Duration.ofSeconds(1);

    private final PollCycle cycle;
    private final Schedule schedule;

    FeedPollingRoutine(PollCycle cycle, Duration pause) {
        this.cycle = cycle;
        this.schedule = new Schedule(FIRST_CYCLE_AFTER.compareTo(pause) < 0 ? FIRST_CYCLE_AFTER : pause, pause);
    }

    @Override
    public String name() {
        return "feed-polling";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        cycle.runCycle();
    }
}
