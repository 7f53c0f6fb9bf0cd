package dev.rumourmill.bench;

import dev.rumourmill.config.PollingProperties;
import dev.rumourmill.feeds.CoalescingFeedFetcher;
import dev.rumourmill.feeds.EntryIngestor;
import dev.rumourmill.feeds.FeedPoller;
import dev.rumourmill.feeds.FeedStateStore;
import dev.rumourmill.feeds.FeedsConfiguration;
import dev.rumourmill.feeds.HttpFeedFetcher;
import dev.rumourmill.feeds.PollCycle;
import dev.rumourmill.feeds.PollSchedule;
import dev.rumourmill.feeds.RomeFeedParser;
import dev.rumourmill.feeds.SeenEntryStore;
import dev.rumourmill.system.ScratchDatabase;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Poll cycles over many feeds on a loopback server with the real fetcher, parser, stores and routine. First
 * cycles, where every feed answers 200 and its entries are marked seen, are timed in rounds beside a batched-insert
 * baseline of the same feeds, each in a fresh database. Every round runs both, and which goes first alternates from
 * round to round (ours, baseline | baseline, ours | …), so that a drift in speed over the run (the JIT still
 * compiling, other jobs on the machine) favours neither; the warm-up rounds are not counted. Then, in the database
 * of the last first cycle, a measured cycle where most feeds answer 304.
 *
 * <p>The feeds are spread over host names that all resolve to the loopback server ({@link BenchFeedServer}) as
 * {@code fN.bench.test}, so the per-host limit applies as it would to real websites.
 */
public final class PollCycleBenchmark {

    /** Where the benchmark's databases are made: {@code url} null for H2 file databases in temporary directories. */
    public record Storage(String url, String username, String password) {
    }

    /** First-cycle rounds beside the baseline: {@code measured} 0 for a single first cycle without a baseline. */
    public record Rounds(int warmUp, int measured) {

        public static final Rounds NO_BASELINE = new Rounds(0, 0);

        boolean baseline() {
            return measured > 0;
        }
    }

    /** How the cycles are set up. */
    public record Setup(int feeds, int changedEvery, int perHostConcurrency, int feedsPerHost, Duration latency,
                        int maxInFlight, Rounds rounds, Storage storage) {
        public int hosts() {
            return (feeds + feedsPerHost - 1) / feedsPerHost;
        }
    }

    /**
     * One timed first cycle: entries stored, feeds that failed, and the CPU time this process spent meanwhile (all its
     * threads, the loopback server's too; not a PostgreSQL server's), which other jobs on the machine disturb less.
     */
    public record FirstCycle(Duration time, Duration cpu, int entries, int failures) {

        public double entriesPerSecond() {
            return entries / (time.toNanos() / 1e9);
        }

        public double entriesPerCpuSecond() {
            return entries / (cpu.toNanos() / 1e9);
        }
    }

    /** Ours and the baseline, each in a database of its own; rounds numbered 0 or less are warm-up rounds. */
    public record Round(int number, boolean oursFirst, FirstCycle ours, FirstCycle baseline) {

        public boolean warmUp() {
            return number <= 0;
        }

        /** First-cycle entries per second over the baseline's: 1.0 means as fast as the least the cycle must do. */
        public double ratio() {
            return ours.entriesPerSecond() / baseline.entriesPerSecond();
        }

        /** The same in entries per CPU-second of this process. */
        public double cpuRatio() {
            return ours.entriesPerCpuSecond() / baseline.entriesPerCpuSecond();
        }
    }

    /** The cycle after the first, where every {@code changedEvery}-th feed has new items and the rest answer 304. */
    public record MeasuredCycle(int changedFeeds, Duration time, Map<FeedPoller.PollOutcome, Integer> outcomes, long peakHeapBytes,
                                int handedOn) {
    }

    /** What the cycles did; {@code store} says which database they ran on. */
    public record Result(Setup setup, String store, List<Round> rounds, FirstCycle lastFirstCycle,
                         Map<FeedPoller.PollOutcome, Integer> firstOutcomes, MeasuredCycle cycle) {

        /** The rounds after the warm-up. */
        public List<Round> measuredRounds() {
            return rounds.stream().filter(round -> !round.warmUp()).toList();
        }

        /** Median of the measured rounds' ratios, or NaN without a baseline. */
        public double medianRatio() {
            return median(measuredRounds().stream().map(Round::ratio).toList());
        }

        public double medianCpuRatio() {
            return median(measuredRounds().stream().map(Round::cpuRatio).toList());
        }

        public double medianOursPerSecond() {
            return median(measuredRounds().stream().map(round -> round.ours().entriesPerSecond()).toList());
        }

        public double medianBaselinePerSecond() {
            return median(measuredRounds().stream().map(round -> round.baseline().entriesPerSecond()).toList());
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private PollCycleBenchmark() {
    }

    /** Items are dated back from {@code clock}'s now, so that all of them are young enough to be handed on. */
    public static Result run(Setup setup, Clock clock) throws IOException {
        try (BenchFeedServer server = new BenchFeedServer(setup.feeds(), setup.feedsPerHost(), setup.changedEvery(), setup.latency(),
                clock.instant())) {
            return measure(setup, server, clock);
        }
    }

    private static Result measure(Setup setup, BenchFeedServer server, Clock clock) {
        PollingProperties polling = server.polling(setup.perHostConcurrency(), setup.maxInFlight());
        List<Round> rounds = new ArrayList<>();
        Rounds plan = setup.rounds();
        int total = plan.baseline() ? plan.warmUp() + plan.measured() : 1;
        for (int k = 0; ; k++) {
            boolean oursFirst = k % 2 == 0;
            FirstCycle baseline = plan.baseline() && !oursFirst ? baseline(setup, server, polling, clock) : null;
            try (Instance ours = new Instance(setup, server, polling, clock)) {
                FirstCycle first = ours.firstCycle();
                if (plan.baseline()) {
                    baseline = oursFirst ? baseline(setup, server, polling, clock) : baseline;
                    rounds.add(new Round(k + 1 - plan.warmUp(), oursFirst, first, baseline));
                }
                if (k == total - 1) {
                    // In the last first cycle's database: every feed has its validators and its entries seen.
                    server.publish();
                    MeasuredCycle cycle = ours.measuredCycle(setup);
                    return new Result(setup, ours.db.description(), rounds, first, ours.firstOutcomes, cycle);
                }
            }
        }
    }

    /** The least a first cycle must do, in a database of its own, dropped afterwards. */
    private static FirstCycle baseline(Setup setup, BenchFeedServer server, PollingProperties polling, Clock clock) {
        Storage storage = setup.storage();
        try (ScratchDatabase db = ScratchDatabase.create(storage.url(), storage.username(), storage.password());
             HttpFeedFetcher fetcher = server.fetcher(polling, clock)) {
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            server.register(db.dataSource(), clock);
            List<FeedStateStore.Due> feeds = new FeedStateStore(jdbc).due(clock.instant(), setup.feeds());
            BatchedInsertBaseline.Result result = BatchedInsertBaseline.run(feeds, fetcher, new RomeFeedParser(clock), jdbc,
                    FeedsConfiguration.POLL_WORKERS, polling, clock);
            return new FirstCycle(result.time(), result.cpu(), result.entries(), result.failures());
        }
    }

    /** One bot's feed polling as the app wires it, on a fresh database with the bench's feeds registered. */
    private static final class Instance implements AutoCloseable {

        final ScratchDatabase db;
        final JdbcTemplate jdbc;
        final FeedStateStore states;
        final HttpFeedFetcher fetcher;
        final PollCycle routine;
        final AtomicInteger handedOn = new AtomicInteger();
        final Clock clock;
        Map<FeedPoller.PollOutcome, Integer> firstOutcomes;

        Instance(Setup setup, BenchFeedServer server, PollingProperties polling, Clock clock) {
            Storage storage = setup.storage();
            this.db = ScratchDatabase.create(storage.url(), storage.username(), storage.password());
            this.clock = clock;
            this.jdbc = new JdbcTemplate(db.dataSource());
            this.states = new FeedStateStore(jdbc);
            server.register(db.dataSource(), clock);
            EntryIngestor ingestor = new EntryIngestor(new SeenEntryStore(jdbc),
                    new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                    (feed, entry) -> handedOn.incrementAndGet(), polling.maxEntryAge());
            this.fetcher = server.fetcher(polling, clock);
            FeedPoller poller = new FeedPoller(new CoalescingFeedFetcher(fetcher), new RomeFeedParser(clock), ingestor, states,
                    new PollSchedule(polling, new SplittableRandom(1)), polling.disableAfterFailures(), List.of(), clock);
            this.routine = new PollCycle(states, poller, clock, FeedsConfiguration.POLL_WORKERS, polling.maxInFlight(),
                    polling.perHostConcurrency());
        }

        FirstCycle firstCycle() {
            long cpu = BatchedInsertBaseline.processCpuNanos();
            long start = System.nanoTime();
            firstOutcomes = routine.runCycle();
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            Duration cpuTime = Duration.ofNanos(BatchedInsertBaseline.processCpuNanos() - cpu);
            int entries = jdbc.queryForObject("SELECT COUNT(*) FROM feed_seen_entry", Integer.class);
            return new FirstCycle(time, cpuTime, entries, notFetched(firstOutcomes));
        }

        MeasuredCycle measuredCycle(Setup setup) {
            states.makeAllDue(clock.instant());
            System.gc();
            HeapPeaks.reset();
            long start = System.nanoTime();
            Map<FeedPoller.PollOutcome, Integer> outcomes = routine.runCycle();
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            return new MeasuredCycle((setup.feeds() + setup.changedEvery() - 1) / setup.changedEvery(), time, outcomes,
                    HeapPeaks.sum(), handedOn.get());
        }

        private static int notFetched(Map<FeedPoller.PollOutcome, Integer> outcomes) {
            return outcomes.entrySet().stream().filter(e -> e.getKey() != FeedPoller.PollOutcome.FETCHED)
                    .mapToInt(Map.Entry::getValue).sum();
        }

        @Override
        public void close() {
            routine.close();
            fetcher.close();
            db.close();
        }
    }
}
