package dev.rumourmill.bench;

import dev.rumourmill.contracts.ContractDirectory;
import dev.rumourmill.contracts.ContractImport;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.contracts.NameFolding;
import dev.rumourmill.contracts.PlayerListing;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Measures player autocomplete over generated players stored in a real (in-memory) database: what a user
 * waits for between a keystroke and the choices, minus Discord. Prints percentiles; asserts nothing.
 */
public final class AutocompleteBenchmark {

    /** Latency percentiles in microseconds. */
    public record Figures(String what, int queries, double p50, double p90, double p99, double max) {

        public String line() {
            return String.format(Locale.ROOT, "%-34s %7d queries  p50 %7.1f µs  p90 %7.1f µs  p99 %7.1f µs  max %8.1f µs",
                    what, queries, p50, p90, p99, max);
        }
    }

    private AutocompleteBenchmark() {
    }

    public static List<Figures> run(DataSource dataSource, int players, int queries, long seed, PrintWriter out) {
        ContractStore store = new ContractStore(dataSource);
        StringWriter csv = new StringWriter(players * 200);
        SyntheticPlayers.writeCsv(csv, players, seed, 0);
        long started = System.nanoTime();
        new ContractImport(store, Clock.systemUTC(), () -> { })
                .importFile(new StringReader(csv.toString()), LocalDate.now(Clock.systemUTC()), line -> { });
        out.printf(Locale.ROOT, "Stored %,d generated players in %.1f s.%n", players, (System.nanoTime() - started) / 1e9);

        ContractDirectory directory = new ContractDirectory(store, Clock.systemUTC(), Duration.ofSeconds(30));
        started = System.nanoTime();
        directory.playerCount();
        out.printf(Locale.ROOT, "Built the lookup index in %.0f ms.%n", (System.nanoTime() - started) / 1e6);

        List<String> typed = typedPrefixes(store.listings(), queries, new Random(seed + 1));
        // Warm up the JIT on a separate set of keystrokes, then measure.
        List<String> warmUp = typedPrefixes(store.listings(), Math.min(queries, 20_000), new Random(seed + 2));
        warmUp.forEach(directory::playerChoices);
        directory.invalidate();
        directory.playerCount();

        List<Figures> figures = new ArrayList<>();
        figures.add(measure("autocomplete (Caffeine answer cache)", typed, directory::playerChoices));
        directory.invalidate();
        directory.playerCount();
        figures.add(measure("autocomplete, every answer computed", typed, directory::playerChoicesUncached));
        figures.add(measure("/contract lookup (name resolution)", typed, directory::findPlayer));
        return figures;
    }

    /** What people type: the first 1–8 letters of a name or a later word of it, sometimes without accents. */
    static List<String> typedPrefixes(List<PlayerListing> listings, int count, Random random) {
        List<String> typed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = listings.get(random.nextInt(listings.size())).name();
            String[] words = name.split(" ");
            String word = random.nextBoolean() ? name : words[words.length - 1];
            String prefix = word.substring(0, Math.min(word.length(), 1 + random.nextInt(8)));
            typed.add(random.nextBoolean() ? prefix : NameFolding.fold(prefix));
        }
        return typed;
    }

    private static Figures measure(String what, List<String> typed, java.util.function.Consumer<String> call) {
        long[] nanos = new long[typed.size()];
        for (int i = 0; i < typed.size(); i++) {
            long start = System.nanoTime();
            call.accept(typed.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Figures(what, nanos.length, micros(nanos, 0.50), micros(nanos, 0.90), micros(nanos, 0.99),
                nanos[nanos.length - 1] / 1e3);
    }

    private static double micros(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)] / 1e3;
    }
}
