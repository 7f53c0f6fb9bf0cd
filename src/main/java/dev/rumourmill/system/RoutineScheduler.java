package dev.rumourmill.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Runs every {@link Routine} of the bot, each on its own thread so that a long run (a poll cycle over
 * thousands of feeds) never holds up another (the instance heartbeat). The one place that catches what a
 * run throws: the failure is logged (with its stack trace the first time in a row, one line after that)
 * and counted, and the routine runs again after its pause.
 *
 * <p>Routines start once the bot is ready (after start-up work such as loading sample contracts) and stop
 * when it begins to close, before Discord is disconnected and the database closed.
 */
public final class RoutineScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RoutineScheduler.class);

    /**
     * How long stopping waits for a run in progress to end by itself (a delivery round recording what Discord
     * answered), and then again after interrupting it.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Duration stopGrace;
    private final Map<String, Tracked> routines = new LinkedHashMap<>();
    private final List<ScheduledExecutorService> threads = new ArrayList<>();
    private volatile boolean stopping;
    private boolean started;

    public RoutineScheduler(List<? extends Routine> routines) {
        this(routines, STOP_GRACE);
    }

    /** With another grace for stopping (a test of stopping need not wait the bot's five seconds). */
    RoutineScheduler(List<? extends Routine> routines, Duration stopGrace) {
        this.stopGrace = stopGrace;
        for (Routine routine : routines) {
            if (this.routines.put(routine.name(), new Tracked(routine)) != null) {
                throw new IllegalArgumentException("two routines are named '" + routine.name() + "'");
            }
        }
    }

    /** Starts every routine on its schedule; once only, and never after {@link #stop()}. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (started || stopping) {
            return;
        }
        started = true;
        for (Tracked tracked : routines.values()) {
            Routine.Schedule schedule = tracked.routine.schedule();
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread named = new Thread(runnable, "routine-" + tracked.routine.name());
                named.setDaemon(true);
                return named;
            });
            threads.add(thread);
            thread.scheduleWithFixedDelay(() -> runOnce(tracked), schedule.firstRunAfter().toNanos(),
                    schedule.pause().toNanos(), TimeUnit.NANOSECONDS);
        }
        log.info("Routines started: {}", String.join(", ", routines.keySet()));
    }

    /**
     * Runs nothing more, lets a run in progress end by itself (so a message Discord has taken is recorded as
     * sent, not left for a resend after the restart), interrupts what is still running after the grace
     * ({@link #STOP_GRACE} in the bot), and waits as long again for it to end.
     */
    @EventListener(ContextClosedEvent.class)
    public synchronized void stop() {
        stopping = true;
        threads.forEach(ScheduledExecutorService::shutdown);
        try {
            if (!awaitAll()) {
                threads.forEach(ScheduledExecutorService::shutdownNow);
                if (!awaitAll()) {
                    log.warn("A routine did not stop within {} of being interrupted; the bot stops without waiting for it",
                            stopGrace);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        threads.clear();
    }

    private boolean awaitAll() throws InterruptedException {
        long deadline = System.nanoTime() + stopGrace.toNanos();
        for (ScheduledExecutorService thread : threads) {
            if (!thread.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        stop();
    }

    /** The routines' names, in the order they were given. */
    public List<String> names() {
        return List.copyOf(routines.keySet());
    }

    /** How often the routine ran and how many of its runs failed, since start. */
    public Counts counts(String name) {
        Tracked tracked = tracked(name);
        return new Counts(tracked.runs.get(), tracked.failures.get());
    }

    public Routine.Schedule schedule(String name) {
        return tracked(name).routine.schedule();
    }

    private Tracked tracked(String name) {
        Tracked tracked = routines.get(name);
        if (tracked == null) {
            throw new NoSuchElementException("no routine named '" + name + "'; there are " + routines.keySet());
        }
        return tracked;
    }

    private void runOnce(Tracked tracked) {
        Routine routine = tracked.routine;
        try {
            routine.run();
            tracked.runs.incrementAndGet();
            if (tracked.failuresInARow > 0) {
                log.info("Routine '{}' works again after {} failed run(s)", routine.name(), tracked.failuresInARow);
                tracked.failuresInARow = 0;
            }
        } catch (RuntimeException | Error failure) {
            // An exception escaping to the executor would cancel the schedule without a word: never let it.
            tracked.runs.incrementAndGet();
            if (stopping) {
                log.debug("Routine '{}' ended by the stop: {}", routine.name(), failure.toString());
                return;
            }
            tracked.failures.incrementAndGet();
            tracked.failuresInARow++;
            String next = words(routine.schedule().pause());
            if (tracked.failuresInARow == 1) {
                log.warn("Routine '{}' failed; it runs again in {}", routine.name(), next, failure);
            } else {
                log.warn("Routine '{}' failed again ({} in a row); it runs again in {}: {}", routine.name(),
                        tracked.failuresInARow, next, failure.toString());
            }
        }
    }

    private static String words(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** How often a routine ran (failed runs included) and how many of those runs failed. */
    public record Counts(long runs, long failures) {
    }

    private static final class Tracked {
        final Routine routine;
        final AtomicLong runs = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        /** Touched only by the routine's own thread. */
        int failuresInARow;

        Tracked(Routine routine) {
            this.routine = routine;
        }
    }
}
