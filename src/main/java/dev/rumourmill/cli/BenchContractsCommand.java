package dev.rumourmill.cli;

import dev.rumourmill.bench.AutocompleteBenchmark;
import dev.rumourmill.bench.ImportBenchmark;
import dev.rumourmill.bench.SyntheticPlayers;
import dev.rumourmill.system.Database;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench contracts}: autocomplete latency over generated players; with {@code --import}, import speed
 * beside a set-based load; or writes a generated players.csv.
 */
@Command(name = "contracts", mixinStandardHelpOptions = true,
        description = {"Measure player autocomplete latency over generated players (goal: p99 <= 5 ms at 50,000",
            "players), in a private in-memory database. With --import, measure import-contracts in rows/s beside",
            "a set-based load of the same file into the same tables (goal: PostgreSQL >= 0.5x, H2 >= 0.9x); it",
            "ends with the line 'import ratio: R'. With --write-csv, write a generated players.csv instead",
            "(for trying import-contracts on a large file)."})
public class BenchContractsCommand implements Callable<Integer> {

    private static final String PASSWORD_ENV = Database.PASSWORD_ENV_VARIABLE;

    @Option(names = "--players", description = "players to generate (default: 50000, or 30000 with --import)")
    Integer playersOption;

    @Option(names = "--import", description = "measure import-contracts beside a set-based load")
    boolean importBench;

    @Option(names = "--storage-url", paramLabel = "JDBC_URL",
            description = "with --import: the H2 or PostgreSQL database to measure, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/test; the bench works in a schema of its own and drops it "
                    + "(password from " + PASSWORD_ENV + "; default: a private in-memory H2)")
    String storageUrl;

    @Option(names = "--storage-username", paramLabel = "NAME",
            description = "with --storage-url: the database user (default: sa for H2, postgres otherwise)")
    String storageUsername;

    @Option(names = "--rounds", defaultValue = "3",
            description = "with --import: measured rounds after one warm-up round (default: ${DEFAULT-VALUE})")
    int rounds;

    int players;

    @Option(names = "--queries", defaultValue = "50000", description = "keystrokes to time (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--write-csv", paramLabel = "FILE", description = "write a generated players.csv and stop")
    Path csv;

    @Option(names = "--bad-every", defaultValue = "0",
            description = "with --write-csv or --import: make every n-th row unreadable (default: none)")
    int badEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        players = playersOption != null ? playersOption : importBench ? 30_000 : 50_000;
        if (players < 1 || queries < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--players and --queries must be at least 1");
        }
        if (csv != null) {
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                SyntheticPlayers.writeCsv(writer, players, seed, badEvery);
            }
            out.printf("Wrote %,d generated players to %s%n", players, csv);
            return 0;
        }
        if (importBench) {
            if (rounds < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
            }
            String url = storageUrl != null ? storageUrl
                    : "jdbc:h2:mem:benchimport" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
            String username = storageUsername != null ? storageUsername : url.startsWith("jdbc:h2:") ? "sa" : "postgres";
            ImportBenchmark.run(url, username, System.getenv().getOrDefault(PASSWORD_ENV, ""), players, badEvery, seed,
                    rounds, out);
            out.flush();
            return 0;
        }
        String url = "jdbc:h2:mem:bench" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (var dataSource = Database.open(url, "sa", "")) {
            Database.migrate(dataSource, url);
            List<AutocompleteBenchmark.Figures> figures = AutocompleteBenchmark.run(dataSource, players, queries, seed, out);
            out.printf("Java %s, %d processors available%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            figures.forEach(f -> out.println(f.line()));
        }
        out.flush();
        return 0;
    }
}
