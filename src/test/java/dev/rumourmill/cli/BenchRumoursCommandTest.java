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

class BenchRumoursCommandTest {

    private final CliRun cli = new CliRun();


    @Test
    @DisplayName("a short run on generated articles reports start-up, throughput and CPU per article")
    void generatedArticles() {
        // GIVEN / WHEN a one-second run without warm-up
        int code = cli.run("bench", "rumours", "--players", "300", "--articles", "20", "--seconds", "1", "--warm-up", "0");

        // THEN it names each figure (their values are for docs/performance.md, not for a test)
        assertThat(code).isZero();
        assertThat(cli.out()).contains("start-up: knowledge base + gazetteer with 300 players")
                .contains("articles: 20 generated").contains("articles/s on one thread")
                .containsPattern("cpu: \\d+ µs of CPU per article, .* µs per 100 words\\)");
    }

    @Test
    @DisplayName("--input measures the articles of a JSONL file; a line that cannot be read is skipped and named")
    void ownArticles(@TempDir Path dir) throws Exception {
        // GIVEN two articles of our own and a broken line between them
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"title\":\"Arsenal close in on winger\",\"text\":\"Arsenal are confident of signing a winger from Sevilla.\"}",
                "{\"id\":",
                "{\"id\":\"b\",\"title\":null,\"published\":\"2025-08-01\",\"text\":\"Liverpool have rejected a bid.\"}"));

        // WHEN it is benchmarked
        int code = cli.run("bench", "rumours", "--players", "300", "--input", file.toString(), "--seconds", "1",
                "--warm-up", "0");

        // THEN both articles are measured and the broken line is reported
        assertThat(code).isZero();
        assertThat(cli.out()).contains("articles: 2 from " + file).contains("articles/s on one thread");
        assertThat(cli.err()).contains("line 2: skipped");
    }

    @Test
    @DisplayName("--input with no readable article is a usage error, not a benchmark of nothing")
    void noArticles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.jsonl");
        Files.writeString(file, "\n");

        int code = cli.run("bench", "rumours", "--players", "300", "--input", file.toString(), "--seconds", "1");

        assertThat(code).isNotZero();
        assertThat(cli.err()).contains("holds no article to analyse");
    }
}
