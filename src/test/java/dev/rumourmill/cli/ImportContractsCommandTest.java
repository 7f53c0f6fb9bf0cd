package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.bench.SyntheticPlayers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportContractsCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();


    private Path config() throws Exception {
        Path config = dir.resolve("bot-config.yml");
        Files.writeString(config, "storage:\n  url: jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "\n");
        return config;
    }

    @Test
    @DisplayName("a generated 30,000-row file is imported with a progress bar and a summary, bad rows named by line")
    void largeFile() throws Exception {
        // GIVEN 30,000 generated rows, every 1,000th of them unreadable
        Path csv = dir.resolve("players.csv");
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            SyntheticPlayers.writeCsv(writer, 30_000, 7, 1_000);
        }

        // WHEN it is imported
        int code = cli.run("import-contracts", "--config", config().toString(), "--as-of", "2026-11-24", csv.toString());

        // THEN it finishes with a summary; the bar showed progress with a rate; the bad rows are listed by line
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("Read 30,000 rows")
                .contains("Imported 29,970 new players, updated 0, unchanged 0, skipped 30.")
                .contains("skipped line 1001: date_of_birth 'not-a-date'")
                .contains("Data as of 2026-11-24");
        assertThat(cli.err()).contains("Importing").contains("100%").contains("rows/s");
    }

    @Test
    @DisplayName("running the import again reports every player as unchanged")
    void secondRunIsUnchanged() throws Exception {
        Path csv = dir.resolve("players.csv");
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            SyntheticPlayers.writeCsv(writer, 50, 7, 0);
        }
        cli.run("import-contracts", "--config", config().toString(), csv.toString());
        CliRun again = new CliRun();

        int code = again.run("import-contracts", "--config", config().toString(), csv.toString());

        assertThat(code).isZero();
        assertThat(again.out()).contains("Imported 0 new players, updated 0, unchanged 50, skipped 0.");
    }

    @Test
    @DisplayName("a missing file or a bad --as-of is a usage error (exit 2) that says how to fix it")
    void badArguments() throws Exception {
        assertThat(cli.run("import-contracts", "--config", config().toString(), dir.resolve("nope.csv").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("Cannot read").contains("players.csv");

        Path csv = Files.writeString(dir.resolve("p.csv"), SyntheticPlayers.HEADER + "\n");
        assertThat(cli.run("import-contracts", "--config", config().toString(), "--as-of", "24/11/2026", csv.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--as-of '24/11/2026' is not a date");
    }
}
