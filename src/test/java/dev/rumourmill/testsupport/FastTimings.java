package dev.rumourmill.testsupport;

/**
 * Routine timings for tests that run the whole bot: the same routines as in production, with pauses of a
 * few milliseconds instead of seconds, so a test waits for its condition rather than for a tick. Pass
 * {@link #PROPERTIES} as the extra Spring properties of {@code BotRuntime.start}.
 */
public final class FastTimings {

    /** {@code rumourmill.timing.*}: see {@code config.TimingProperties} for what each one times. */
    public static final String[] PROPERTIES = {
            "rumourmill.timing.poll-pause=50ms",
            "rumourmill.timing.delivery.pause=50ms",
            "rumourmill.timing.delivery.first-retry=100ms",
            "rumourmill.timing.delivery.max-retry=2s",
            "rumourmill.timing.delivery.handoff=100ms",
            "rumourmill.timing.digest-pause=50ms",
            // Not shorter: on a loaded machine ordinary commands would be deferred too, which few tests are about.
            "rumourmill.timing.defer-after=500ms",
    };

    private FastTimings() {
    }
}
