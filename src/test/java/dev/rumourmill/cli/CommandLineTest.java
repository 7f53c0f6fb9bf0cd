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

class CommandLineTest {

    private final CliRun cli = new CliRun();


    @Test
    @DisplayName("--help lists every command and exits 0")
    void helpListsCommands() {
        int code = cli.run("--help");

        assertThat(code).isZero();
        assertThat(cli.out()).contains("run").contains("--config").contains("DISCORD_TOKEN");
    }

    @Test
    @DisplayName("run --help describes preview mode")
    void runHelp() {
        int code = cli.run("run", "--help");

        assertThat(code).isZero();
        assertThat(cli.out()).contains("preview mode").contains("--config");
    }

    @Test
    @DisplayName("an unknown option fails with a clear message and exit code 2")
    void unknownOption() {
        int code = cli.run("--frobnicate");

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    @DisplayName("a bad config stops run with one paragraph naming the key and exit code 2")
    void badConfigExitsTwo(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.yml");
        Files.writeString(config, "feeds:\n  - url: https://example.com/rss\n    interval: 5s\n");

        int code = cli.run("run", "--config", config.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err())
                .startsWith("Configuration error: bad.yml line 3: feeds[0].interval = '5s'")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    @DisplayName("--config naming a missing file exits 2 with the path")
    void missingConfigExitsTwo(@TempDir Path dir) {
        int code = cli.run("--config", dir.resolve("missing.yml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("missing.yml").contains("does not exist");
    }
}
