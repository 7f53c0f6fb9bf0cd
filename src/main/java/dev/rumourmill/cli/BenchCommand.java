package dev.rumourmill.cli;

import dev.rumourmill.bench.CorpusBenchmark;
import dev.rumourmill.bench.ParseBenchmark;
import dev.rumourmill.bench.PollCycleBenchmark;
import dev.rumourmill.system.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.convert.DurationStyle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Benchmarks that print figures for docs/performance.md. Never part of the tests: timings vary by machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures (see docs/performance.md).",
        subcommands = {BenchCommand.Feeds.class, BenchContractsCommand.class, BenchRumoursCommand.class})
public class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLineFactory.EXIT_USAGE;
    }

    /** {@code bench feeds}: parse throughput against raw Rome, and one poll cycle over many loopback feeds. */
    @Command(name = "feeds", mixinStandardHelpOptions = true,
            description = {"Parse + normalise + dedupe throughput beside the raw Rome parse of the same bytes,",
                "then one poll cycle over many loopback feeds that mostly answer 304 (time and peak heap)."})
    static class Feeds implements Callable<Integer> {

        @Option(names = "--parse-feeds", defaultValue = "200", description = "generated feeds to parse (default ${DEFAULT-VALUE})")
        int parseFeeds;

        @Option(names = "--items", defaultValue = "20", description = "items per generated feed (default ${DEFAULT-VALUE})")
        int items;

        @Option(names = "--rounds", defaultValue = "5", description = "measured rounds after warm-up (default ${DEFAULT-VALUE})")
        int rounds;

        @Option(names = "--poll-feeds", defaultValue = "2000", description = "loopback feeds in the poll cycle (default ${DEFAULT-VALUE})")
        int pollFeeds;

        @Option(names = "--changed-every", defaultValue = "20",
                description = "every Nth feed has a new item in the measured cycle; the rest answer 304 (default ${DEFAULT-VALUE})")
        int changedEvery;

        @Option(names = "--per-host-concurrency", defaultValue = "2",
                description = "polling.per-host-concurrency (default ${DEFAULT-VALUE})")
        int perHostConcurrency;

        @Option(names = "--corpus", paramLabel = "DIR",
                description = "only time parse + normalise + dedupe of the feed files in DIR, ending with 'corpus parse: N items/s'")
        Path corpus;

        @Option(names = "--write-corpus", paramLabel = "DIR",
                description = "write the generated corpus (400 content-heavy RSS 2.0 feeds x 40 items) to DIR and stop")
        Path writeCorpus;

        @Option(names = "--warmup", defaultValue = "3", description = "warm-up rounds before measuring (default ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--feeds-per-host", defaultValue = "20",
                description = "loopback feeds per host name, like a website with many feeds (default ${DEFAULT-VALUE})")
        int feedsPerHost;

        @Option(names = "--max-in-flight", defaultValue = "64", description = "polling.max-in-flight (default ${DEFAULT-VALUE})")
        int maxInFlight;

        @Option(names = "--latency", defaultValue = "0ms",
                description = "the loopback server holds every answer back this long, like a distant server (default ${DEFAULT-VALUE})")
        String latency;

        @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "time the first cycle in rounds beside a batched-insert baseline (default ${DEFAULT-VALUE});"
                        + " without it, one first cycle")
        boolean baseline;

        @Option(names = "--cycle-rounds", defaultValue = "4",
                description = "measured first-cycle rounds beside the baseline (default ${DEFAULT-VALUE})")
        int cycleRounds;

        @Option(names = "--cycle-warmup", defaultValue = "2",
                description = "first-cycle rounds beside the baseline run first and not counted (default ${DEFAULT-VALUE})")
        int cycleWarmup;

        @Option(names = "--storage-url", paramLabel = "JDBC_URL",
                description = "the H2 or PostgreSQL database of the poll cycles, e.g. jdbc:postgresql://127.0.0.1:5432/test;"
                        + " each round works in a fresh schema of its own and drops it (password from "
                        + Database.PASSWORD_ENV_VARIABLE + "; default: an H2 file database in a temporary directory per round)")
        String storageUrl;

        @Option(names = "--storage-username", paramLabel = "NAME",
                description = "with --storage-url: the database user (default: sa for H2, postgres otherwise)")
        String storageUsername;

        @Spec
        CommandSpec spec;

        /** The generated items are dated back from this clock's now, so that max-entry-age never drops them. */
        private final Clock clock;

        Feeds() {
            this(Clock.systemUTC());
        }

        Feeds(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.flush();
            if (writeCorpus != null || corpus != null) {
                return corpus(out);
            }
            ParseBenchmark.Result parse = ParseBenchmark.run(parseFeeds, items, warmup, rounds, clock);
            out.printf("Parse: %d feeds, %d items, %.1f MB per round, %d measured rounds%n", parse.feeds(), parse.items(),
                    parse.bytes() / 1e6, rounds);
            out.printf("  raw Rome (SyndFeedInput + XmlReader):       %,10.0f items/s%n", parse.romeItemsPerSecond());
            out.printf("  Rumour Mill parse + normalise + dedupe:     %,10.0f items/s%n", parse.oursItemsPerSecond());
            out.printf("  cost ratio (ours / raw Rome, goal <= 1.5):  %10.2f%n", parse.costRatio());
            out.flush();
            if (baseline && (cycleRounds < 1 || cycleWarmup < 0)) {
                throw new ParameterException(spec.commandLine(), "--cycle-rounds must be at least 1 and --cycle-warmup at least 0");
            }
            PollCycleBenchmark.Result poll = PollCycleBenchmark.run(pollSetup(), clock);
            PollCycleReport.print(poll, out);
            out.flush();
            return 0;
        }

        private PollCycleBenchmark.Setup pollSetup() {
            String username = storageUsername != null ? storageUsername
                    : storageUrl == null || storageUrl.startsWith("jdbc:h2:") ? "sa" : "postgres";
            PollCycleBenchmark.Storage storage = new PollCycleBenchmark.Storage(storageUrl, username,
                    System.getenv().getOrDefault(Database.PASSWORD_ENV_VARIABLE, ""));
            return new PollCycleBenchmark.Setup(pollFeeds, changedEvery, perHostConcurrency, feedsPerHost,
                    DurationStyle.detectAndParse(latency), maxInFlight,
                    baseline ? new PollCycleBenchmark.Rounds(cycleWarmup, cycleRounds) : PollCycleBenchmark.Rounds.NO_BASELINE, storage);
        }

        private int corpus(PrintWriter out) throws Exception {
            if (writeCorpus != null) {
                int files = CorpusBenchmark.writeCorpus(writeCorpus, clock);
                out.printf("Wrote %d feeds of %d items to %s%n", files, CorpusBenchmark.CORPUS_ITEMS, writeCorpus);
                out.flush();
            }
            if (corpus == null) {
                return 0;
            }
            CorpusBenchmark.Result result = CorpusBenchmark.run(corpus, warmup, rounds, clock);
            out.printf("Corpus: %d files, %d items, %.1f MB; %d warm-up and %d measured rounds%n", result.files(),
                    result.items(), result.bytes() / 1e6, warmup, rounds);
            double[] perCpuSecond = result.roundItemsPerCpuSecond();
            for (int i = 0; i < result.roundItemsPerSecond().length; i++) {
                out.printf("  round: %,.0f items/s%s%n", result.roundItemsPerSecond()[i],
                        perCpuSecond.length == 0 ? "" : String.format(" (%,.0f per CPU-second of the process)", perCpuSecond[i]));
            }
            if (perCpuSecond.length > 0) {
                out.printf("per CPU-second of the process (JIT and GC threads included): %.0f items (median)%n",
                        result.medianItemsPerCpuSecond());
            }
            out.printf("corpus parse: %.0f items/s%n", result.medianItemsPerSecond());
            out.flush();
            return 0;
        }
    }
}
