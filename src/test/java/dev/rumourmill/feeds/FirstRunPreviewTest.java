package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotConfigLoader;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.system.BotRuntime;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh start in preview mode shows the bot working within one poll, instead of five silent minutes. */
class FirstRunPreviewTest {

    private static final String RUMOUR = "Real Madrid are confident of signing Ibou Konaté from Liverpool on a free "
            + "transfer, according to Lewis Steele of Mail Sport. His deal at Anfield expires in 2026.";
    private static final String REPORT = "Brentford beat Fulham 2-1 with a header in the 78th minute. Fulham had led at "
            + "half-time through a penalty, and the goalkeeper made two saves in stoppage time to protect the victory.";

    @Test
    @DisplayName("preview mode with a loopback feed prints the feed's first-poll line and one preview alert within one poll")
    void firstPollLineAndOnePreviewAlert(@TempDir Path dir) throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer()) {
            // GIVEN a feed whose newest of three items (12 minutes old) is a rumour, a channel taking every rumour,
            // and the preview of one entry that the shipped bot-config.yml sets
            Instant now = Instant.now();
            server.serve("/rss", "application/rss+xml", feed(now));
            Path config = Files.writeString(dir.resolve("bot-config.yml"), """
                    feeds:
                      - url: %s
                        name: Loopback transfers
                        preview: 1
                    polling:
                      allow-private-hosts: ["127.0.0.1"]
                    alerts:
                      - channel: "123456789012345678"
                        kinds: [rumour, confirmed]
                    storage:
                      url: jdbc:h2:mem:firstrun%d;DB_CLOSE_DELAY=-1
                    """.formatted(server.url("/rss"), System.nanoTime()));
            BotProperties properties = BotConfigLoader.load(config);
            ByteArrayOutputStream captured = new ByteArrayOutputStream();

            // WHEN the bot starts without a Discord token
            try (BotRuntime runtime = BotRuntime.start(properties, new RunMode(Optional.empty()),
                    new PrintStream(captured, true, StandardCharsets.UTF_8))) {
                String alert = "[preview] new alert for channel 123456789012345678";
                long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!captured.toString(StandardCharsets.UTF_8).contains(alert) && System.nanoTime() < giveUp) {
                    Thread.sleep(100);
                }

                // THEN one poll gave one line about the feed and the rumour as it would be posted, once
                String printed = captured.toString(StandardCharsets.UTF_8);
                assertThat(printed).as(printed).contains("Loopback transfers: 3 items, newest 12 min ago — the latest 1 "
                        + "shown below, the other 2 marked as seen; new items will be shown here");
                assertThat(printed.split("\\[preview\\] new alert", -1)).as(printed).hasSize(2);
                assertThat(printed).contains("Konaté").doesNotContain("Brentford");
                assertThat(server.requestsTo("/rss")).isEqualTo(1);
            }
        }
    }

    private static String feed(Instant now) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Loopback</title>"
                + "<link>https://news.example.org/</link><description>transfers</description>"
                + item("r1", "Real Madrid confident of landing Ibou Konaté", RUMOUR, now.minus(Duration.ofMinutes(12)))
                + item("m1", "Brentford beat Fulham", REPORT, now.minus(Duration.ofHours(2)))
                + item("m2", "Brentford beat Fulham again", REPORT, now.minus(Duration.ofHours(3)))
                + "</channel></rss>";
    }

    private static String item(String id, String title, String text, Instant date) {
        return "<item><title>" + title + "</title><link>https://news.example.org/" + id + "</link><guid>"
                + "https://news.example.org/" + id + "</guid><pubDate>"
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC))
                + "</pubDate><description>" + text + "</description></item>";
    }
}
