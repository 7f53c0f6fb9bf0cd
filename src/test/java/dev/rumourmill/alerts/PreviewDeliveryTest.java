package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.system.BotRuntime;
import dev.rumourmill.config.RunMode;
import dev.rumourmill.testsupport.FastTimings;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PreviewDeliveryTest {

    @Test
    @DisplayName("in preview mode a routed alert is printed for a person to read, once, and marked sent")
    void previewPrintsAlerts() throws InterruptedException {
        // GIVEN the app in preview mode with a channel following Liverpool in bot-config.yml
        AlertRouteProperties route = new AlertRouteProperties("111111111111111111", List.of("Liverpool"), null, null,
                null, null, null, null);
        BotProperties properties = new BotProperties(null, null, null, List.of(route), null,
                new StorageProperties(TestDatabase.migratedH2Url("previewalerts"), "sa"), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (BotRuntime runtime = BotRuntime.start(properties, new RunMode(Optional.empty()),
                new PrintStream(out, true, StandardCharsets.UTF_8), FastTimings.PROPERTIES)) {
            // WHEN a Liverpool story is published
            List<String> channels = runtime.context().getBean(AlertPublisher.class).publish(aStory().build());

            // THEN the delivery routine prints it and marks it sent
            assertThat(channels).containsExactly("111111111111111111");
            OutboxStore outbox = runtime.context().getBean(OutboxStore.class);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (outbox.all().stream().anyMatch(r -> r.status() != OutboxRow.Status.SENT) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(outbox.all()).singleElement().extracting(OutboxRow::status).isEqualTo(OutboxRow.Status.SENT);
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("[preview] new alert for channel 111111111111111111")
                    .contains("🔄 Tomas Brennan → Real Madrid")
                    .contains("Source: Casey Reporter (tier 2)");
            assertThat(printed.split("Tomas Brennan → Real Madrid", -1)).hasSize(2);
        }
    }
}
