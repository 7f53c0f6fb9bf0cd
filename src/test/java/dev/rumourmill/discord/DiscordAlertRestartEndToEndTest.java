package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.OutboxRow;
import dev.rumourmill.alerts.OutboxStore;
import dev.rumourmill.alerts.SourceRef;
import dev.rumourmill.alerts.StoryAlert;
import dev.rumourmill.alerts.StoryUpdate;
import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakeFailure;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordAlertRestartEndToEndTest {

    @Test
    @DisplayName("an alert written to the outbox by a bot that stopped before sending it is sent once after restart")
    void restartBetweenOutboxWriteAndSend() {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            String database = TestDatabase.migratedH2Url("restart");
            AlertRouteProperties route = new AlertRouteProperties(channel.id(), null, null, null, null, null, null, null);
            StoryAlert story = StoryAlert.builder("restart-1").update(StoryUpdate.NEW_STORY).kind(AlertKind.RUMOUR)
                    .stage("talks").headline("Tomas Brennan → Real Madrid").players(List.of("Tomas Brennan"))
                    .clubs(List.of("Real Madrid")).summary("Talks are on.")
                    .sources(List.of(new SourceRef("Casey Reporter", "2"))).confidence(0.5)
                    .articleUrl("https://news.example/a").feedName("Test feed")
                    .publishedAt(Instant.parse("2026-11-28T10:00:00Z")).build();

            // GIVEN a bot that wrote the alert but could not send it before it was stopped
            fake.failAlways("POST", "/channels/" + channel.id() + "/messages", FakeFailure.unavailable());
            try (RunningBot first = RunningBot.against(fake).withStorage(database).withAlertRoute(route).start()) {
                first.bean(AlertPublisher.class).publish(story);
                assertThat(first.bean(OutboxStore.class).all()).hasSize(1);
            }
            assertThat(fake.messagesIn(channel.id())).isEmpty();

            // WHEN Discord is fine again and the bot restarts on the same database
            fake.clearFailures();
            try (RunningBot second = RunningBot.against(fake).withStorage(database).withAlertRoute(route).start()) {
                OutboxStore outbox = second.bean(OutboxStore.class);
                fake.await("the alert marked sent", () -> outbox.all().stream()
                        .filter(row -> row.status() == OutboxRow.Status.SENT).findFirst(), Duration.ofSeconds(60));
            }

            // THEN the alert was posted exactly once
            assertThat(fake.messagesIn(channel.id())).hasSize(1);
        }
    }
}
