package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rumourmill.bench.SyntheticPlayers;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --config X <command>} and {@code <command> --config X} must mean the same for every command. */
class ConfigOptionPositionTest {

    private static final String ARTICLE = """
            {"id":"s1","url":"https://example.org/1","published":"2025-09-20","title":"Real Madrid confident of landing Ibou Konaté","text":"Real Madrid are confident of signing Ibou Konaté from Liverpool on a free transfer, according to Lewis Steele of Mail Sport. His deal at Anfield expires in 2026."}
            """.strip();

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** Every command with arguments that would otherwise let it start its work. */
    static Stream<List<String>> commands() throws Exception {
        Path csv = Files.writeString(shared.resolve("players.csv"), SyntheticPlayers.HEADER + "\n");
        Path feed = Files.writeString(shared.resolve("feed.xml"), "<rss version=\"2.0\"><channel><title>t</title>"
                + "</channel></rss>");
        Path articles = Files.writeString(shared.resolve("articles.jsonl"), ARTICLE + "\n");
        return Stream.of(List.of(), List.of("run"), List.of("import-contracts", csv.toString()),
                List.of("inspect-feed", feed.toString()), List.of("analyse", "--input", articles.toString()),
                List.of("bench", "feeds"), List.of("bench", "contracts"), List.of("bench", "rumours"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("commands")
    @DisplayName("a --config file that does not exist stops every command with exit 2, before or after its name")
    void missingFileIsAnErrorInBothPositions(List<String> command) {
        // GIVEN a config path that names no file
        String missing = dir.resolve("typo.yml").toString();

        // WHEN the command is run with --config first, and with --config after the command
        CliRun before = new CliRun();
        CliRun after = new CliRun();
        int codeBefore = before.run(args(List.of("--config", missing), command));
        int codeAfter = after.run(args(command, List.of("--config", missing)));

        // THEN both stop with exit 2 and the same message naming the file
        assertThat(codeBefore).as(before.err()).isEqualTo(2);
        assertThat(codeAfter).as(after.err()).isEqualTo(2);
        assertThat(before.err()).contains("typo.yml").contains("does not exist").doesNotContain("\tat ");
        assertThat(after.err()).isEqualTo(before.err());
        assertThat(before.out()).isEmpty();
        assertThat(after.out()).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("commands")
    @DisplayName("a --config file with a bad key is read and refused by every command, before or after its name")
    void badFileIsReadInBothPositions(List<String> command) throws Exception {
        // GIVEN a config file with a misspelt key on line 2
        String bad = Files.writeString(dir.resolve("local.yml"), "feeds:\n  - urll: https://example.org/rss\n").toString();

        // WHEN the command is run with --config first, and with --config after the command
        CliRun before = new CliRun();
        CliRun after = new CliRun();
        int codeBefore = before.run(args(List.of("--config", bad), command));
        int codeAfter = after.run(args(command, List.of("--config", bad)));

        // THEN both name the line and exit 2
        assertThat(codeBefore).as(before.err()).isEqualTo(2);
        assertThat(codeAfter).as(after.err()).isEqualTo(2);
        assertThat(before.err()).startsWith("Configuration error: local.yml line 2");
        assertThat(after.err()).isEqualTo(before.err());
    }

    @Test
    @DisplayName("import-contracts writes to the database of --config whether it comes before or after the command")
    void importContractsUsesTheConfigInBothPositions() throws Exception {
        // GIVEN a config naming a private database, and 20 players
        Path config = Files.writeString(dir.resolve("local.yml"),
                "storage:\n  url: jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "\n");
        Path csv = dir.resolve("players.csv");
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            SyntheticPlayers.writeCsv(writer, 20, 7, 0);
        }
        CliRun first = new CliRun();
        CliRun second = new CliRun();

        // WHEN they are imported with --config before the command, then again with --config after it
        int firstCode = first.run("--config", config.toString(), "import-contracts", csv.toString());
        int secondCode = second.run("import-contracts", csv.toString(), "--config", config.toString());

        // THEN the first import created them there, and the second found them there
        assertThat(firstCode).as(first.err()).isZero();
        assertThat(secondCode).as(second.err()).isZero();
        assertThat(first.out()).contains("Imported 20 new players");
        assertThat(second.out()).contains("Imported 0 new players, updated 0, unchanged 20");
    }

    @Test
    @DisplayName("inspect-feed fetches with the polling limits of --config whether it comes before or after the command")
    void inspectFeedUsesTheConfigInBothPositions() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer()) {
            // GIVEN a feed on loopback, which only a config listing 127.0.0.1 allows
            server.serve("/rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Loopback</title>"
                    + "<item><title>One</title><link>https://example.org/1</link></item></channel></rss>");
            Path config = Files.writeString(dir.resolve("local.yml"), "polling:\n  allow-private-hosts: [\"127.0.0.1\"]\n");
            String url = server.url("/rss").toString();
            CliRun before = new CliRun();
            CliRun after = new CliRun();

            // WHEN it is inspected with --config before and after the command
            int codeBefore = before.run("--config", config.toString(), "inspect-feed", url);
            int codeAfter = after.run("inspect-feed", url, "--config", config.toString());

            // THEN both fetch it and print the same
            assertThat(codeBefore).as(before.err()).isZero();
            assertThat(codeAfter).as(after.err()).isZero();
            assertThat(before.out()).contains("\"title\" : \"Loopback\"").isEqualTo(after.out());
        }
    }

    @Test
    @DisplayName("analyse takes the tier overrides of --config whether it comes before or after the command")
    void analyseUsesTheConfigInBothPositions() throws Exception {
        // GIVEN a config that rates Lewis Steele tier 4 (2 by default)
        Path config = Files.writeString(dir.resolve("local.yml"),
                "sources:\n  tiers:\n    - name: Lewis Steele\n      tier: 4\n");
        Path input = Files.writeString(dir.resolve("articles.jsonl"), ARTICLE + "\n");
        CliRun before = new CliRun();
        CliRun after = new CliRun();

        // WHEN the article is analysed with --config before and after the command
        int codeBefore = before.run("--config", config.toString(), "analyse", "--input", input.toString());
        int codeAfter = after.run("analyse", "--input", input.toString(), "--config", config.toString());

        // THEN both rate the source by the config
        assertThat(codeBefore).as(before.err()).isZero();
        assertThat(codeAfter).as(after.err()).isZero();
        assertThat(new ObjectMapper().readTree(before.out()).path("sources").get(0).path("tier").asText()).isEqualTo("4");
        assertThat(after.out()).isEqualTo(before.out());
    }

    private static String[] args(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all.toArray(String[]::new);
    }
}
