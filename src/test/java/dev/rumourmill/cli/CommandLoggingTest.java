package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.bench.SyntheticPlayers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that open the database without Spring log like the bot does: one format, no pool or migration chatter. */
class CommandLoggingTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("import-contracts logs no Hikari or Flyway lines and no H2 version warning")
    void importContractsIsQuiet() throws Exception {
        // GIVEN a fresh database and a small players file
        Path config = Files.writeString(dir.resolve("local.yml"),
                "storage:\n  url: jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "\n");
        Path csv = dir.resolve("players.csv");
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            SyntheticPlayers.writeCsv(writer, 10, 7, 0);
        }
        CliRun cli = new CliRun();

        // WHEN it is imported, creating the schema
        String logged = consoleOf(() -> cli.run("import-contracts", csv.toString(), "--config", config.toString()));

        // THEN nothing but the command's own output reached the console
        assertThat(cli.out()).contains("Imported 10 new players");
        assertThat(logged).doesNotContain("Hikari").doesNotContain("Flyway").doesNotContain("flyway")
                .doesNotContain("H2 2.").doesNotContain("[main]");
    }

    @Test
    @DisplayName("bench contracts logs no Hikari or Flyway lines and no H2 version warning")
    void benchContractsIsQuiet() {
        // GIVEN a tiny benchmark
        CliRun cli = new CliRun();

        // WHEN it runs in its private in-memory database
        String logged = consoleOf(() -> cli.run("bench", "contracts", "--players", "200", "--queries", "50"));

        // THEN only its figures were printed
        assertThat(cli.out()).contains("processors available");
        assertThat(logged).doesNotContain("Hikari").doesNotContain("Flyway").doesNotContain("flyway")
                .doesNotContain("H2 2.").doesNotContain("[main]");
    }

    /** What went to the process's standard output and error (where the log goes) while {@code command} ran. */
    private static String consoleOf(IntSupplier command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            command.getAsInt();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
