package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.FeedProperties;
import dev.rumourmill.config.PollingProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.system.BotRuntime;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.testsupport.FastTimings;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedPreviewRunTest {

    @Test
    @DisplayName("the running bot in preview mode polls its config feeds and prints what it made of the preview entries")
    void previewModePrintsEntries() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer()) {
            // GIVEN a config with one loopback feed asking for a preview of its newest entry
            server.serve("/rss", "application/rss+xml", FeedFixtures.bytes("rss2-broadcaster.xml"));
            BotProperties properties = new BotProperties(null,
                    List.of(new FeedProperties(server.url("/rss"), "Loopback news", null, 1)),
                    new PollingProperties(Duration.ZERO, null, null, null, null, null, List.of("127.0.0.1")), null, null,
                    new StorageProperties(TestDatabase.migratedH2Url("feedpreview"), "sa"), null, null);
            ByteArrayOutputStream captured = new ByteArrayOutputStream();

            // WHEN the bot runs without a Discord token
            try (BotRuntime runtime = BotRuntime.start(properties, new RunMode(Optional.empty()),
                    new PrintStream(captured, true, StandardCharsets.UTF_8), FastTimings.PROPERTIES)) {
                String expected = "[preview] Loopback news: \"Northbridge agree fee for winger Tomas Vale\" "
                        + "https://news.example.org/sport/football/articles/c1001?at_medium=RSS&at_campaign=rss → ";
                long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!captured.toString(StandardCharsets.UTF_8).contains(expected) && System.nanoTime() < giveUp) {
                    Thread.sleep(100);
                }

                // THEN exactly the newest entry is printed once
                assertThat(captured.toString(StandardCharsets.UTF_8)).contains(expected)
                        .doesNotContain("Westfield boss says striker is not for sale");
                assertThat(server.requestsTo("/rss")).isEqualTo(1);
            }
        }
    }
}
