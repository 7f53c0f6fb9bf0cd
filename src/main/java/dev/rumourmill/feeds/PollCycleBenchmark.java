package dev.rumourmill.feeds;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.config.PollingProperties;
import dev.rumourmill.system.Database;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * One poll cycle over many feeds on a loopback server, most of which answer 304, with the real
 * fetcher, parser, stores (in-memory H2) and routine: time and peak heap.
 */
public final class PollCycleBenchmark {

    /** What one measured cycle did. */
    public record Result(int feeds, int changedFeeds, Duration firstCycle, Duration cycle, long peakHeapBytes,
                         Map<FeedPoller.PollOutcome, Integer> outcomes, int handedOn) {
    }

    private PollCycleBenchmark() {
    }

    /** Items are dated back from {@code clock}'s now, so that all of them are young enough to be handed on. */
    public static Result run(int feedCount, int changedEvery, int perHostConcurrency, Clock clock) throws IOException {
        AtomicInteger version = new AtomicInteger();
        Instant newest = clock.instant();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        ExecutorService serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.createContext("/feed/", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/feed/".length()));
            // Every changedEvery-th feed publishes something new between the cycles; the rest stay the same.
            int feedVersion = n % changedEvery == 0 ? version.get() : 0;
            String etag = "\"" + n + "-" + feedVersion + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = ParseBenchmark.contentHeavyFeed(n * 100 + feedVersion, 20, newest).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        String url = "jdbc:h2:mem:pollbench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (HikariDataSource dataSource = Database.open(url, "sa", "")) {
            Database.migrate(dataSource, url);
            return measure(server, dataSource, version, feedCount, changedEvery, perHostConcurrency, clock);
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    private static Result measure(HttpServer server, HikariDataSource dataSource, AtomicInteger version, int feedCount,
                                  int changedEvery, int perHostConcurrency, Clock clock) {
        PollingProperties polling = new PollingProperties(Duration.ZERO, null, null, DataSize.ofMegabytes(5), null,
                perHostConcurrency, List.of("127.0.0.1"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        FeedRegistry registry = new FeedRegistry(jdbc, clock);
        FeedStateStore states = new FeedStateStore(jdbc);
        AtomicInteger handedOn = new AtomicInteger();
        EntryIngestor ingestor = new EntryIngestor(new SeenEntryStore(jdbc),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), (feed, entry) -> handedOn.incrementAndGet(),
                polling.maxEntryAge());
        FeedPoller poller = new FeedPoller(new CoalescingFeedFetcher(new HttpFeedFetcher(FetchSettings.from(polling, "bench"), clock)),
                new RomeFeedParser(clock), ingestor, states, new PollSchedule(polling, new SplittableRandom(1)),
                polling.disableAfterFailures(), List.of(), clock);
        int port = server.getAddress().getPort();
        for (int n = 0; n < feedCount; n++) {
            registry.add(URI.create("http://127.0.0.1:" + port + "/feed/" + n), "bench " + n, Duration.ofMinutes(5), 0,
                    FeedRegistry.Origin.CONFIG);
        }
        try (FeedPollRoutine routine = new FeedPollRoutine(states, poller, clock, FeedsConfiguration.POLL_WORKERS,
                polling.maxInFlight(), polling.perHostConcurrency())) {
            long start = System.nanoTime();
            routine.runCycle();
            Duration first = Duration.ofNanos(System.nanoTime() - start);
            version.incrementAndGet();
            states.makeAllDue(clock.instant());
            System.gc();
            resetPeakHeap();
            start = System.nanoTime();
            Map<FeedPoller.PollOutcome, Integer> outcomes = routine.runCycle();
            Duration cycle = Duration.ofNanos(System.nanoTime() - start);
            return new Result(feedCount, (feedCount + changedEvery - 1) / changedEvery, first, cycle, peakHeap(), outcomes,
                    handedOn.get());
        }
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
