package dev.rumourmill.cli;

import dev.rumourmill.contracts.AutocompleteBenchmark;
import dev.rumourmill.contracts.SyntheticPlayers;
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

/** {@code bench contracts}: autocomplete latency over generated players; or writes a generated players.csv. */
@Command(name = "contracts", mixinStandardHelpOptions = true,
        description = {"Measure player autocomplete latency over generated players (goal: p99 <= 5 ms at 50,000",
            "players), in a private in-memory database. With --write-csv, write a generated players.csv instead",
            "(for trying import-contracts on a large file)."})
public class BenchContractsCommand implements Callable<Integer> {

    @Option(names = "--players", defaultValue = "50000", description = "players to generate (default: ${DEFAULT-VALUE})")
    int players;

    @Option(names = "--queries", defaultValue = "50000", description = "keystrokes to time (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--write-csv", paramLabel = "FILE", description = "write a generated players.csv and stop")
    Path csv;

    @Option(names = "--bad-every", defaultValue = "0",
            description = "with --write-csv: make every n-th row unreadable (default: none)")
    int badEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
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
