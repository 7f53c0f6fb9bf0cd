package dev.rumourmill.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/** Isolated: it listens on the scheduler's logger, which a test reconfiguring logging in parallel would reset. */
@Isolated
class RoutineSchedulerTest {

    /** A bound for waits that end as soon as their condition holds. */
    private static final long WAIT_SECONDS = 30;
    private static final Routine.Schedule QUICK = Routine.Schedule.every(Duration.ofMillis(10));

    private record TestRoutine(String name, Routine.Schedule schedule, Runnable body) implements Routine {
        @Override
        public void run() {
            body.run();
        }
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger(RoutineScheduler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
    }

    /** What the scheduler logged at {@code level} about {@code routine} (bots of other tests may be logging too). */
    private List<ILoggingEvent> events(Level level, String routine) {
        synchronized (logged.list) {
            return logged.list.stream().filter(e -> e.getLevel() == level)
                    .filter(e -> e.getFormattedMessage().startsWith("Routine '" + routine + "'")).toList();
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the routine ran as expected").isTrue();
    }

    @Test
    @DisplayName("a routine that throws is logged with the exception, counted, and runs again after its pause")
    void failingRunIsLoggedCountedAndRunsAgain() throws Exception {
        // GIVEN a routine whose first run throws and whose later runs work
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch ranAgain = new CountDownLatch(1);
        Routine flaky = new TestRoutine("flaky", QUICK, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database briefly gone");
            }
            ranAgain.countDown();
        });

        // WHEN it is scheduled, runs again and is stopped (stopping lets the run in progress end, so the counts are final)
        RoutineScheduler scheduler = new RoutineScheduler(List.of(flaky));
        try (scheduler) {
            scheduler.start();
            await(ranAgain);
        }

        // THEN the failure was counted, logged once with its exception, and the next run said it works again
        assertThat(scheduler.counts("flaky").failures()).isEqualTo(1);
        assertThat(scheduler.counts("flaky").runs()).isGreaterThanOrEqualTo(2);
        assertThat(events(Level.WARN, "flaky")).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Routine 'flaky' failed; it runs again in 10ms");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("database briefly gone");
        });
        assertThat(events(Level.INFO, "flaky")).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Routine 'flaky' works again after 1 failed run(s)");
    }

    @Test
    @DisplayName("an Error thrown by a routine does not end its schedule either")
    void errorDoesNotEndTheSchedule() throws Exception {
        // GIVEN a routine whose first run throws an Error (which would silently cancel a plain scheduled task)
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch ranAgain = new CountDownLatch(1);
        Routine broken = new TestRoutine("broken", QUICK, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new NoClassDefFoundError("a class that failed to load");
            }
            ranAgain.countDown();
        });

        // WHEN it is scheduled THEN it runs again, and the failure is counted
        try (RoutineScheduler scheduler = new RoutineScheduler(List.of(broken))) {
            scheduler.start();
            await(ranAgain);
            assertThat(scheduler.counts("broken").failures()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("failures in a row: the first is logged with its stack trace, the next ones as one line with their count")
    void failuresInARowAreLoggedBriefly() throws Exception {
        // GIVEN a routine that always fails
        CountDownLatch threeFailures = new CountDownLatch(3);
        Routine down = new TestRoutine("down", QUICK, () -> {
            threeFailures.countDown();
            throw new IllegalStateException("still down");
        });

        // WHEN it has failed three times
        try (RoutineScheduler scheduler = new RoutineScheduler(List.of(down))) {
            scheduler.start();
            await(threeFailures);
        }

        // THEN only the first warning carries the exception; the second says it is the second in a row
        List<ILoggingEvent> warnings = events(Level.WARN, "down");
        assertThat(warnings).hasSizeGreaterThanOrEqualTo(2);
        assertThat(warnings.get(0).getThrowableProxy()).isNotNull();
        assertThat(warnings.get(1).getThrowableProxy()).isNull();
        assertThat(warnings.get(1).getFormattedMessage())
                .isEqualTo("Routine 'down' failed again (2 in a row); it runs again in 10ms: java.lang.IllegalStateException: still down");
    }

    @Test
    @DisplayName("a routine stuck in a long run does not hold up the others")
    void slowRoutineDoesNotHoldUpOthers() throws Exception {
        // GIVEN one routine that blocks in its run and another one
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch othersRan = new CountDownLatch(3);
        Routine stuck = new TestRoutine("stuck", QUICK, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Routine other = new TestRoutine("other", QUICK, othersRan::countDown);

        // WHEN both are scheduled THEN the other one keeps running while the first is stuck
        try (RoutineScheduler scheduler = new RoutineScheduler(List.of(stuck, other))) {
            scheduler.start();
            await(othersRan);
            assertThat(scheduler.counts("stuck").runs()).isZero();
            release.countDown();
        }
    }

    @Test
    @DisplayName("stopping interrupts a run in progress, counts no failure for it, and runs nothing afterwards")
    void stopInterruptsAndEnds() throws Exception {
        // GIVEN a routine in the middle of a long run
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        Routine longRun = new TestRoutine("long-run", QUICK, () -> {
            calls.incrementAndGet();
            running.countDown();
            try {
                Thread.sleep(Duration.ofMinutes(5).toMillis());
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw new IllegalStateException("interrupted by the stop", e);
            }
        });
        // (a short grace: the run sleeps for minutes, so it is interrupted after any grace)
        RoutineScheduler scheduler = new RoutineScheduler(List.of(longRun), Duration.ofMillis(100));
        scheduler.start();
        await(running);

        // WHEN the scheduler stops
        scheduler.stop();

        // THEN the run was interrupted, its end is not a failure, no warning was logged, and no run follows
        assertThat(interrupted).isTrue();
        assertThat(scheduler.counts("long-run").failures()).isZero();
        assertThat(events(Level.WARN, "long-run")).isEmpty();
        scheduler.start();
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("two routines with the same name are refused")
    void namesAreUnique() {
        Routine one = new TestRoutine("same", QUICK, () -> { });
        Routine two = new TestRoutine("same", QUICK, () -> { });

        assertThatThrownBy(() -> new RoutineScheduler(List.of(one, two)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
    }
}
