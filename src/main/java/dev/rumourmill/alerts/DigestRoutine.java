package dev.rumourmill.alerts;

import dev.rumourmill.config.TimingProperties;
import dev.rumourmill.system.Routine;

/**
 * The routine that makes the digests whose period has ended ({@link Digests#makeDue()}), a pause (15 s) after
 * its last run; the delivery routine sends them.
 */
class DigestRoutine implements Routine {

    private final Digests digests;
    private final Schedule schedule;

    DigestRoutine(Digests digests, TimingProperties timing) {
        this.digests = digests;
        this.schedule = Schedule.every(timing.digestPause());
    }

    @Override
    public String name() {
        return "digests";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        digests.makeDue();
    }
}
