package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BenchFeedsCommandTest {

    @Test
    @DisplayName("bench feeds hands on every new item of the changed feeds even when today is years after the code was written")
    void handsOnTheDocumentedEntriesWhateverTheDate() {
        // GIVEN a clock far in the future, and 40 loopback feeds of which every 20th changes (2 feeds, 20 new items each)
        CliRun cli = new CliRun().withClock(Clock.fixed(Instant.parse("2031-03-01T08:00:00Z"), ZoneOffset.UTC));

        // WHEN the benchmark runs
        int code = cli.run("bench", "feeds", "--parse-feeds", "2", "--items", "5", "--rounds", "1",
                "--poll-feeds", "40", "--changed-every", "20", "--no-baseline");

        // THEN no generated item is too old for max-entry-age: all 40 new entries are handed on
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Measured cycle: 2 feeds with a new item").contains("entries handed on: 40");
    }

    @Test
    @DisplayName("bench feeds times the first cycle in rounds alternating with the baseline, a warm-up first, and says which store")
    void firstCycleRoundsBesideTheBaseline() {
        // GIVEN 40 loopback feeds
        CliRun cli = new CliRun();

        // WHEN the benchmark runs one warm-up round and two measured rounds
        int code = cli.run("bench", "feeds", "--parse-feeds", "2", "--items", "5", "--rounds", "1",
                "--poll-feeds", "40", "--cycle-warmup", "1", "--cycle-rounds", "2");

        // THEN it names the store, prints the warm-up and every round with both sides in alternating order, and the median
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Poll cycles on H2 ").contains("file database in a temporary directory")
                .contains("800 entries marked seen").containsPattern("warm-up +\\(ours first\\)")
                .containsPattern("round 1 +\\(base first\\)").containsPattern("round 2 +\\(ours first\\)")
                .doesNotContain("round 3").doesNotContain("feeds failed")
                .containsPattern("first cycle ratio \\(median of the rounds' ratios, goal >= 0.8\\): \\d+\\.\\d\\d");
    }

    @Test
    @DisplayName("bench feeds --storage-url measures PostgreSQL and says so")
    void onPostgres() {
        // GIVEN the test PostgreSQL
        TestDatabase.requirePostgres();
        CliRun cli = new CliRun();

        // WHEN the benchmark runs on it
        int code = cli.run("bench", "feeds", "--parse-feeds", "2", "--items", "5", "--rounds", "1", "--poll-feeds", "40",
                "--cycle-warmup", "0", "--cycle-rounds", "1", "--storage-url", TestDatabase.POSTGRES_URL,
                "--storage-username", TestDatabase.POSTGRES_USER);

        // THEN it says it measured PostgreSQL, and every entry was stored
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Poll cycles on PostgreSQL ").contains("private schema in " + TestDatabase.POSTGRES_URL)
                .contains("800 entries marked seen").contains("entries handed on: 40");
    }
}
