package dev.rumourmill.alerts;

import dev.rumourmill.system.Routine;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code /why}'s decisions bounded: once an hour, forgets those fetched more than
 * {@link DecisionStore#RETENTION} (14 days, the story window) ago.
 */
class DecisionRetentionRoutine implements Routine {

    static final Schedule SCHEDULE = new Schedule(Duration.ofMinutes(1), Duration.ofHours(1));

    private static final Logger log = LoggerFactory.getLogger(DecisionRetentionRoutine.class);

    private final DecisionStore decisions;
    private final Clock clock;

    DecisionRetentionRoutine(DecisionStore decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "decision-retention";
    }

    @Override
    public Schedule schedule() {
        return SCHEDULE;
    }

    @Override
    public void run() {
        int forgotten = decisions.deleteFetchedBefore(clock.instant().minus(DecisionStore.RETENTION));
        if (forgotten > 0) {
            log.debug("Forgot {} article decision(s) older than {} days", forgotten, DecisionStore.RETENTION.toDays());
        }
    }
}
