package dev.rumourmill.feeds;

import dev.rumourmill.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.system.Database;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class FeedRestartTest {

    private static final Instant NOW = FeedFixtures.NOW;

    @TempDir
    Path dir;

    private HikariDataSource openDatabase() {
        String url = "jdbc:h2:file:" + dir.resolve("rumourmill").toAbsolutePath();
        HikariDataSource dataSource = Database.open(url, "sa", "");
        Database.migrate(dataSource, url);
        new JdbcTemplate(dataSource).execute("CREATE TABLE IF NOT EXISTS test_ingested (title VARCHAR(100) NOT NULL)");
        return dataSource;
    }

    /** The downstream work: a row written in the same transaction that marks the entry seen. */
    private static NewEntryHandler recordingHandler(HikariDataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return (feed, entry) -> jdbc.update("INSERT INTO test_ingested (title) VALUES (?)", entry.title());
    }

    private static String feed(int items) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Restart</title><link>https://r.example.org/</link>"
                + "<description>d</description>");
        for (int i = 1; i <= items; i++) {
            xml.append("<item><title>Story ").append(i).append("</title><guid>story-").append(i).append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(60L * i).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    @Test
    @DisplayName("a process stopped mid-cycle and restarted ingests every entry exactly once")
    void stopMidCycleAndRestart() {
        try (LoopbackHttpServer server = new LoopbackHttpServer()) {
            AtomicReference<String> body = new AtomicReference<>(feed(1));
            server.handle("/rss", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    body.get().getBytes(StandardCharsets.UTF_8)));
            MutableClock clock = new MutableClock(NOW);

            // GIVEN a first process that has seen story 1, then six new stories are published
            try (HikariDataSource database = openDatabase();
                 PollCycleHarness first = new PollCycleHarness(database, clock, recordingHandler(database), e -> { })) {
                first.add(server.url("/rss"), "Restart", 0);
                first.cycle.runCycle();
                body.set(feed(7));
                clock.advance(Duration.ofMinutes(6));

                // WHEN that process dies while handing on the fourth new story (its row is written, not committed)
                AtomicInteger handed = new AtomicInteger();
                NewEntryHandler recording = recordingHandler(database);
                try (PollCycleHarness dying = new PollCycleHarness(database, clock, (feed, entry) -> {
                    recording.handle(feed, entry);
                    if (handed.incrementAndGet() == 4) {
                        throw new ProcessKilled();
                    }
                }, e -> { })) {
                    dying.cycle.runCycle();
                }
            }

            // AND a new process starts on the same database file after the dead one's lease ran out
            clock.advance(PollCycle.LEASE.plusMinutes(1));
            try (HikariDataSource database = openDatabase();
                 PollCycleHarness restarted = new PollCycleHarness(database, clock, recordingHandler(database), e -> { })) {
                restarted.cycle.runCycle();
                clock.advance(Duration.ofMinutes(6));
                restarted.cycle.runCycle();

                // THEN stories 2 to 7 were each ingested exactly once, in order, and none was lost
                assertThat(new JdbcTemplate(database).queryForList("SELECT title FROM test_ingested", String.class))
                        .containsExactly("Story 2", "Story 3", "Story 4", "Story 5", "Story 6", "Story 7");
            }
        }
    }

    /** Stands in for the JVM dying: an Error, not an exception the ingestor would handle and log. */
    private static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("process killed");
        }
    }
}
