package dev.rumourmill.cli;

import dev.rumourmill.contracts.ContractImport;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.contracts.ImportSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-contracts players.csv}: loads contract data into the bot's database; safe to run again. */
@Command(name = "import-contracts", mixinStandardHelpOptions = true,
        description = {"Import players and contracts from a transfermarkt-datasets players.csv into the database",
            "named in bot-config.yml (the bot need not be running). Running it again updates what changed.",
            "Bad rows are reported with their line number and skipped; they never stop the import."})
public class ImportContractsCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "players.csv", description = "the transfermarkt-datasets players.csv file")
    Path file;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the day the file describes, e.g. 2026-11-24, shown beside every answer "
                    + "(default: the file's last-modified day)")
    String asOf;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public ImportContractsCommand() {
        this(System.getenv());
    }

    ImportContractsCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "Cannot read '" + file + "'. Fix: give the path of "
                    + "players.csv from transfermarkt-datasets (Kaggle: davidcariboo/player-scores).");
        }
        LocalDate day = asOfDay();
        long rows = Math.max(0, countLines(file) - 1);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportSummary summary;
        try (var dataSource = CommandDatabase.open(config.load(environment), environment);
                ProgressBar bar = progressBar(rows, err);
                Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                        StandardCharsets.UTF_8), 1 << 16)) {
            ContractImport contractImport = new ContractImport(new ContractStore(dataSource), Clock.systemUTC(), () -> {
            });
            summary = contractImport.importFile(reader, day, line -> bar.stepTo(Math.min(rows, line - 1)));
        }
        err.println();
        summary.lines().forEach(out::println);
        out.println("Data as of " + day + ". A running bot picks the new data up within a minute.");
        out.flush();
        return 0;
    }

    private LocalDate asOfDay() throws IOException {
        if (asOf == null) {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "--as-of '" + asOf + "' is not a date. Fix: write it like 2026-11-24.");
        }
    }

    /** Rows and lines differ only for quoted line breaks, which is close enough for an ETA. */
    private static long countLines(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            return 0;
        }
    }

    private static ProgressBar progressBar(long rows, PrintWriter err) {
        return new ProgressBarBuilder()
                .setTaskName("Importing")
                .setInitialMax(rows)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }, 100))
                .build();
    }
}
