package dev.rumourmill.bench;

import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedFetcher;
import dev.rumourmill.feeds.FeedParseException;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.feeds.FeedStateStore;
import dev.rumourmill.feeds.FetchRequest;
import dev.rumourmill.feeds.FetchResult;
import dev.rumourmill.feeds.PollSlots;
import dev.rumourmill.feeds.RomeFeedParser;
import dev.rumourmill.feeds.SeenEntryStore;
import dev.rumourmill.config.PollingProperties;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The least a first poll cycle has to do, for {@link PollCycleBenchmark} to compare with: fetch every
 * feed, parse it, and store its entries' keys with one batched INSERT per feed — under the same
 * in-flight cap, per-host limit and worker threads, but without feed state, claims, the seen-set lookup
 * or transactions.
 */
final class BatchedInsertBaseline {

    /** @param cpu this process's CPU time meanwhile; @param entries rows inserted; @param failures feeds that could not be fetched or parsed */
    public record Result(Duration time, Duration cpu, int entries, int failures) {
    }

    private BatchedInsertBaseline() {
    }

    static Result run(List<FeedStateStore.Due> feeds, FeedFetcher fetcher, RomeFeedParser parser, JdbcTemplate jdbc, int workers,
                      PollingProperties polling, Clock clock) {
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        AtomicInteger entries = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        try {
            PollSlots slots = new PollSlots(polling.maxInFlight(), polling.perHostConcurrency(), due -> fetcher
                    .fetchAsync(FetchRequest.unconditional(due.feed().url()))
                    .thenAcceptAsync(result -> entries.addAndGet(store(due.feed(), result, parser, jdbc, clock)), threads)
                    .whenComplete((done, failure) -> failures.addAndGet(failure == null ? 0 : 1)));
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            for (FeedStateStore.Due due : feeds) {
                slots.submit(due);
            }
            slots.awaitAll();
            return new Result(Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(processCpuNanos() - cpu),
                    entries.get(), failures.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** CPU time of all this process's threads so far. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static int store(FeedSource feed, FetchResult result, RomeFeedParser parser, JdbcTemplate jdbc, Clock clock) {
        List<FeedEntry> parsed;
        try {
            parsed = parser.parse(result.body(), result.contentType(), feed.url()).entries();
        } catch (FeedParseException e) {
            throw new IllegalStateException(e);
        }
        Set<String> keys = new LinkedHashSet<>();
        parsed.forEach(entry -> keys.add(SeenEntryStore.key(entry)));
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("INSERT INTO feed_seen_entry (feed_id, entry_key, seen_at, delivered) VALUES (?, ?, ?, FALSE)",
                keys.stream().map(key -> new Object[] {feed.id(), key, now}).toList());
        return keys.size();
    }
}
