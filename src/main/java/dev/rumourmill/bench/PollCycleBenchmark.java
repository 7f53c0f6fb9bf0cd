package dev.rumourmill.bench;

import dev.rumourmill.feeds.CoalescingFeedFetcher;
import dev.rumourmill.feeds.EntryIngestor;
import dev.rumourmill.feeds.FeedPollRoutine;
import dev.rumourmill.feeds.FeedPoller;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FeedStateStore;
import dev.rumourmill.feeds.FeedsConfiguration;
import dev.rumourmill.feeds.FetchSettings;
import dev.rumourmill.feeds.HostResolver;
import dev.rumourmill.feeds.HttpFeedFetcher;
import dev.rumourmill.feeds.PollSchedule;
import dev.rumourmill.feeds.RomeFeedParser;
import dev.rumourmill.feeds.SeenEntryStore;
import com.sun.net.httpserver.HttpExchange;
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
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Poll cycles over many feeds on a loopback server with the real fetcher, parser, stores (an H2 file
 * database in a temporary directory, as the bot's default storage; in memory it would fill the heap the
 * benchmark measures) and routine: a first cycle where every feed answers 200 and its entries are marked seen, timed beside
 * a batched-insert baseline of the same feeds, then a measured cycle where most feeds answer 304.
 *
 * <p>The feeds are spread over host names that all resolve to the loopback server ({@code fN.bench.test}),
 * so the per-host limit applies as it would to real websites. The server can hold each answer back for a
 * fixed latency without holding a thread, like a distant server, and sends with TCP_NODELAY so that
 * Nagle's algorithm and delayed ACKs do not add their own 40 ms stalls.
 */
public final class PollCycleBenchmark {

    /** How the cycles are set up. */
    public record Setup(int feeds, int changedEvery, int perHostConcurrency, int feedsPerHost, Duration latency,
                        int maxInFlight, boolean baseline) {
        public int hosts() {
            return (feeds + feedsPerHost - 1) / feedsPerHost;
        }
    }

    /** What the cycles did. */
    public record Result(Setup setup, int changedFeeds, Duration firstCycle, int firstCycleEntries,
                         Map<FeedPoller.PollOutcome, Integer> firstOutcomes, BatchedInsertBaseline.Result baseline,
                         Duration cycle, long peakHeapBytes, Map<FeedPoller.PollOutcome, Integer> outcomes, int handedOn) {

        /** First-cycle entries per second over the baseline's: 1.0 means as fast as the least the cycle must do. */
        public double firstCycleRatio() {
            return baseline == null ? Double.NaN : (firstCycleEntries / seconds(firstCycle)) / (baseline.entries() / seconds(baseline.time()));
        }

        private static double seconds(Duration duration) {
            return duration.toNanos() / 1e9;
        }
    }

    private static final String DOMAIN = ".bench.test";

    private PollCycleBenchmark() {
    }

    /** Items are dated back from {@code clock}'s now, so that all of them are young enough to be handed on. */
    public static Result run(Setup setup, Clock clock) throws IOException {
        // Read once, when the JDK's HTTP server is first used. Without nodelay every answer waits ~40 ms for
        // Nagle's algorithm and the client's delayed ACK; with the default of 200 idle connections the
        // server closes kept-alive connections of a thousand hosts just as the client reuses them.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxIdleConnections", "100000");
        AtomicInteger version = new AtomicInteger();
        Instant newest = clock.instant();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        ScheduledExecutorService serverThreads = Executors.newScheduledThreadPool(4);
        server.setExecutor(serverThreads);
        server.createContext("/feed/", exchange -> {
            if (setup.latency().isZero()) {
                answer(exchange, setup.changedEvery(), version, newest);
            } else {
                // Answered later on another thread: a slow server without a thread per waiting request.
                serverThreads.schedule(() -> answer(exchange, setup.changedEvery(), version, newest),
                        setup.latency().toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        server.start();
        try {
            return measure(setup, server.getAddress().getPort(), version, clock);
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    private static void answer(HttpExchange exchange, int changedEvery, AtomicInteger version, Instant newest) {
        try (exchange) {
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
        } catch (IOException | RuntimeException e) {
            // The client went away; it reports the failure itself.
        }
    }

    private static Result measure(Setup setup, int port, AtomicInteger version, Clock clock) throws IOException {
        PollingProperties polling = polling(setup);
        AtomicInteger handedOn = new AtomicInteger();
        Path storage = Files.createTempDirectory("rumourmill-pollbench");
        String url = "jdbc:h2:file:" + storage.resolve("poll").toAbsolutePath();
        try (HikariDataSource dataSource = Database.open(url, "sa", "");
             HttpFeedFetcher fetcher = fetcher(polling, clock)) {
            Database.migrate(dataSource, url);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            FeedStateStore states = new FeedStateStore(jdbc);
            register(new FeedRegistry(jdbc, clock), setup, port);
            EntryIngestor ingestor = new EntryIngestor(new SeenEntryStore(jdbc),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    (feed, entry) -> handedOn.incrementAndGet(), polling.maxEntryAge());
            FeedPoller poller = new FeedPoller(new CoalescingFeedFetcher(fetcher), new RomeFeedParser(clock), ingestor, states,
                    new PollSchedule(polling, new SplittableRandom(1)), polling.disableAfterFailures(), List.of(), clock);
            if (setup.baseline()) {
                // Untimed and full-size: whichever timed first cycle came first after a 500-feed warm-up was the
                // slower one (0.34-0.89 ours first, 1.26 baseline first), so both now come after a whole one.
                baseline(setup, port, polling, clock, setup.feeds());
            }
            try (FeedPollRoutine routine = new FeedPollRoutine(states, poller, clock, FeedsConfiguration.POLL_WORKERS,
                    polling.maxInFlight(), polling.perHostConcurrency())) {
                long start = System.nanoTime();
                Map<FeedPoller.PollOutcome, Integer> firstOutcomes = routine.runCycle();
                Duration first = Duration.ofNanos(System.nanoTime() - start);
                int firstEntries = jdbc.queryForObject("SELECT COUNT(*) FROM feed_seen_entry", Integer.class);
                BatchedInsertBaseline.Result baseline = setup.baseline() ? baseline(setup, port, polling, clock, setup.feeds()) : null;
                version.incrementAndGet();
                states.makeAllDue(clock.instant());
                System.gc();
                resetPeakHeap();
                start = System.nanoTime();
                Map<FeedPoller.PollOutcome, Integer> outcomes = routine.runCycle();
                Duration cycle = Duration.ofNanos(System.nanoTime() - start);
                Result result = new Result(setup, (setup.feeds() + setup.changedEvery() - 1) / setup.changedEvery(), first,
                        firstEntries, firstOutcomes, baseline, cycle, peakHeap(), outcomes, handedOn.get());
                jdbc.execute("SHUTDOWN");
                return result;
            }
        } finally {
            FileSystemUtils.deleteRecursively(storage);
        }
    }

    /** In a database of its own, dropped afterwards, so that the measured cycle's heap is not the baseline's. */
    private static BatchedInsertBaseline.Result baseline(Setup setup, int port, PollingProperties polling, Clock clock,
                                                         int feedCount) throws IOException {
        Path storage = Files.createTempDirectory("rumourmill-pollbaseline");
        String url = "jdbc:h2:file:" + storage.resolve("baseline").toAbsolutePath();
        try (HikariDataSource dataSource = Database.open(url, "sa", "");
             HttpFeedFetcher fetcher = fetcher(polling, clock)) {
            Database.migrate(dataSource, url);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            register(new FeedRegistry(jdbc, clock), setup, port);
            List<FeedStateStore.Due> feeds = new FeedStateStore(jdbc).due(clock.instant(), feedCount);
            BatchedInsertBaseline.Result result = BatchedInsertBaseline.run(feeds, fetcher, new RomeFeedParser(clock), jdbc,
                    FeedsConfiguration.POLL_WORKERS, polling, clock);
            jdbc.execute("SHUTDOWN");
            return result;
        } finally {
            FileSystemUtils.deleteRecursively(storage);
        }
    }

    private static PollingProperties polling(Setup setup) {
        List<String> hosts = new ArrayList<>();
        for (int h = 0; h < setup.hosts(); h++) {
            hosts.add("f" + h + DOMAIN);
        }
        return new PollingProperties(Duration.ZERO, null, null, DataSize.ofMegabytes(5), null, setup.perHostConcurrency(),
                hosts, setup.maxInFlight());
    }

    /** Every bench host name resolves to the loopback server; the allow-list lets them through the guard. */
    private static HttpFeedFetcher fetcher(PollingProperties polling, Clock clock) {
        HostResolver loopback = host -> {
            if (!host.endsWith(DOMAIN)) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getLoopbackAddress());
        };
        return new HttpFeedFetcher(FetchSettings.from(polling, "bench"), clock, loopback, SocketFactory.getDefault());
    }

    private static void register(FeedRegistry registry, Setup setup, int port) {
        for (int n = 0; n < setup.feeds(); n++) {
            registry.add(URI.create("http://f" + (n / setup.feedsPerHost()) + DOMAIN + ":" + port + "/feed/" + n), "bench " + n,
                    Duration.ofMinutes(5), 0, FeedRegistry.Origin.CONFIG);
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
