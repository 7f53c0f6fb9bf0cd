package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseEvalWithoutLabelsTest {

    @Test
    @DisplayName("analyse --eval on articles without a gold \"label\" exits 2 saying what is missing, and prints no scores")
    void evalWithoutLabelsIsAUsageError(@TempDir Path dir) throws Exception {
        // GIVEN articles with no "label" field
        Path input = Files.writeString(dir.resolve("articles.jsonl"),
                "{\"id\":\"a1\",\"title\":\"Northbridge agree fee for winger\",\"text\":\"Northbridge have agreed a fee.\"}\n");
        CliRun cli = new CliRun();

        // WHEN they are evaluated
        int code = cli.run("analyse", "--input", input.toString(), "--eval");

        // THEN it is a usage error naming the line and the field, not an F1 of 0.000
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("--eval needs a gold \"label\"").contains("line 1 (article a1)");
        assertThat(cli.out()).doesNotContain("F1").doesNotContain("KEY");
    }
}
