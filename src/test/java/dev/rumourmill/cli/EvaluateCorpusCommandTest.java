package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --corpus}: the corpus's parts scored with the corpus's own players. */
class EvaluateCorpusCommandTest {

    @TempDir
    Path corpus;

    /** t-1 is held out (CRC32 of the id divisible by 5); t-4 and t-5 are training articles. */
    private void writeCorpus() throws IOException {
        Files.write(corpus.resolve("part-1.jsonl"), List.of(
                article("t-1", "rumour", "Brackley Rovers are weighing up a bid for striker Tomas Quillfeather."),
                article("t-4", "not_transfer", "Brackley Rovers drew 1-1 with Farnham Town on Saturday."),
                article("t-5", "rumour", "Farnham Town want midfielder Emil Strandqvist in January.")),
                StandardCharsets.UTF_8);
        Files.write(corpus.resolve("players-part-1.csv"), List.of("player_id,name", "900001,Tomas Quillfeather",
                "900002,Emil Strandqvist"), StandardCharsets.UTF_8);
    }

    private static String article(String id, String label, String text) {
        return "{\"id\":\"" + id + "\",\"url\":\"https://news.example/" + id + "\",\"published\":\"2026-11-20\","
                + "\"title\":\"" + text + "\",\"text\":\"" + text + "\",\"label\":\"" + label + "\",\"players\":[],"
                + "\"clubs\":[],\"sources\":[],\"contract_expiry_year\":null,\"fee\":null}";
    }

    @Test
    @DisplayName("the held-out part is the default; training and all score the other articles")
    void scoresTheChosenPart() throws IOException {
        // GIVEN a corpus of one held-out and two training articles
        writeCorpus();

        // WHEN each part is evaluated
        CliRun heldOut = new CliRun();
        int exit = heldOut.run("evaluate", "--corpus", corpus.toString());
        CliRun training = new CliRun();
        training.run("evaluate", "--corpus", corpus.toString(), "--part", "training");
        CliRun all = new CliRun();
        all.run("evaluate", "--corpus", corpus.toString(), "--part", "ALL");

        // THEN each report ends with the KEY line over its own articles
        assertThat(exit).as(heldOut.err()).isZero();
        assertThat(heldOut.out()).contains("KEY ").contains("articles=1");
        assertThat(training.out()).contains("articles=2");
        assertThat(all.out()).contains("articles=3");
    }

    @Test
    @DisplayName("a corpus folder that does not exist is a usage error naming the folder to give")
    void missingFolder() {
        CliRun cli = new CliRun();

        int exit = cli.run("evaluate", "--corpus", corpus.resolve("nowhere").toString());

        assertThat(exit).isEqualTo(CommandLineFactory.EXIT_USAGE);
        assertThat(cli.err()).contains("is not a folder").contains("part-*.jsonl");
    }
}
