package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchContractsCommandTest {

    private final CliRun cli = new CliRun();


    @Test
    @DisplayName("--write-csv writes a players.csv with a header and the requested number of rows")
    void writesCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("players.csv");

        int code = cli.run("bench", "contracts", "--write-csv", csv.toString(), "--players", "120");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(121).first().asString().startsWith("player_id,first_name");
    }

    @Test
    @DisplayName("a small benchmark run prints percentiles for autocomplete and lookups")
    void printsFigures() {
        int code = cli.run("bench", "contracts", "--players", "300", "--queries", "200");

        assertThat(code).isZero();
        assertThat(cli.out()).contains("autocomplete (Caffeine answer cache)").contains("p99")
                .contains("/contract lookup");
    }

    @Test
    @DisplayName("--import measures the import beside a set-based load and ends with the ratio")
    void measuresImport() {
        int code = cli.run("bench", "contracts", "--import", "--players", "300", "--bad-every", "50", "--rounds", "1");

        assertThat(code).isZero();
        assertThat(cli.out()).contains("set-based").contains("(294 players stored)")
                .containsPattern("import ratio: \\d+\\.\\d\\d\\s*$");
    }
}
