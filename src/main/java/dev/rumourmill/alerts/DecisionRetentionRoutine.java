package dev.rumourmill.alerts;

import dev.rumourmill.config.TimingProperties;
import dev.rumourmill.system.Routine;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code /why}'s decisions bounded: once an hour ({@code rumourmill.timing.retention-pause}), forgets those
 * fetched more than {@link DecisionStore#RETENTION} (14 days, the story window) ago.
 */
class DecisionRetentionRoutine implements Routine {

    private static final Logger log = LoggerFactory.getLogger(DecisionRetentionRoutine.class);

    private final DecisionStore decisions;
    private final Clock clock;
    private final Schedule schedule;

    DecisionRetentionRoutine(DecisionStore decisions, TimingProperties timing, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
        this.schedule = Schedule.every(timing.retentionPause());
    }

    @Override
    public String name() {
        return "decision-retention";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        int forgotten = decisions.deleteFetchedBefore(clock.instant().minus(DecisionStore.RETENTION));
        if (forgotten > 0) {
            log.debug("Forgot {} article decision(s) older than {} days", forgotten, DecisionStore.RETENTION.toDays());
        }
    }
}
