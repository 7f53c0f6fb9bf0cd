package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
                "--poll-feeds", "40", "--changed-every", "20");

        // THEN no generated item is too old for max-entry-age: all 40 new entries are handed on
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("40 loopback feeds, 2 with a new item").contains("entries handed on: 40");
    }
}
