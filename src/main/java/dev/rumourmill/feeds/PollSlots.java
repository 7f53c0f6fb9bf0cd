package dev.rumourmill.feeds;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one cycle's polls within the global in-flight cap and the per-host limit. Feeds of a host that
 * already has its share running wait in that host's line without taking a global slot, so twenty due
 * feeds of one website cannot stall the polls of every other website behind them.
 */
public final class PollSlots {

    private static final Logger log = LoggerFactory.getLogger(PollSlots.class);

    private final Semaphore slots;
    private final int perHost;
    /** Starts a poll and returns it, or returns null when the feed was not started (another process took it). */
    private final Function<FeedStateStore.Due, CompletableFuture<?>> start;
    private final Object lock = new Object();
    private final Map<String, Integer> running = new HashMap<>();
    private final Map<String, ArrayDeque<FeedStateStore.Due>> waiting = new HashMap<>();
    private int unfinished;

    public PollSlots(int maxInFlight, int perHost, Function<FeedStateStore.Due, CompletableFuture<?>> start) {
        this.slots = new Semaphore(maxInFlight);
        this.perHost = perHost;
        this.start = start;
    }

    /** Starts the poll, or lines it up behind its host; waits only while every global slot is taken. */
    public void submit(FeedStateStore.Due due) throws InterruptedException {
        String host = host(due);
        synchronized (lock) {
            unfinished++;
            if (running.getOrDefault(host, 0) >= perHost) {
                waiting.computeIfAbsent(host, h -> new ArrayDeque<>()).add(due);
                return;
            }
            running.merge(host, 1, Integer::sum);
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            synchronized (lock) {
                unfinished--;
                running.merge(host, -1, Integer::sum);
            }
            throw e;
        }
        launch(host, due);
    }

    /** Waits until every submitted poll has ended. */
    public void awaitAll() throws InterruptedException {
        synchronized (lock) {
            while (unfinished > 0) {
                lock.wait();
            }
        }
    }

    /** Holds one global slot and one of the host's turns, and passes both on to the host's next feed when done. */
    private void launch(String host, FeedStateStore.Due due) {
        FeedStateStore.Due next = due;
        while (next != null) {
            CompletableFuture<?> poll;
            try {
                poll = start.apply(next);
            } catch (RuntimeException e) {
                log.warn("Could not start polling feed '{}': {}", next.feed().name(), e.toString());
                poll = null;
            }
            if (poll != null) {
                poll.whenComplete((outcome, failure) -> launch(host, finished(host)));
                return;
            }
            next = finished(host);
        }
    }

    /** One poll of the host ended: its next waiting feed, or null after the turn and the slot are given back. */
    private FeedStateStore.Due finished(String host) {
        synchronized (lock) {
            unfinished--;
            ArrayDeque<FeedStateStore.Due> line = waiting.get(host);
            FeedStateStore.Due next = line == null ? null : line.poll();
            if (line != null && line.isEmpty()) {
                waiting.remove(host);
            }
            if (next == null) {
                running.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
                slots.release();
            }
            if (unfinished == 0) {
                lock.notifyAll();
            }
            return next;
        }
    }

    private static String host(FeedStateStore.Due due) {
        String host = due.feed().url().getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
