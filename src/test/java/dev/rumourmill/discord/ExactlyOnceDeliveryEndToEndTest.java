package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.OutboxRow;
import dev.rumourmill.alerts.OutboxStore;
import dev.rumourmill.alerts.SourceRef;
import dev.rumourmill.alerts.StoryAlert;
import dev.rumourmill.alerts.StoryUpdate;
import dev.rumourmill.alerts.SubscriptionStore;
import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakeFailure;
import dev.rumourmill.discord.fake.FakeGuild;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, delivery half: alerts reach the process that can see their channel, content Discord would
 * refuse never blocks a channel, and a server's outage only makes its alerts wait. Real JDA against the
 * loopback fake Discord; PostgreSQL where two processes share a database.
 */
class ExactlyOnceDeliveryEndToEndTest {

    // A wait ends as soon as its condition holds; the long bound is for a loaded 2-core machine.
    private static final Duration LONG = Duration.ofSeconds(180);

    private static AlertRouteProperties everything(FakeChannel channel) {
        return new AlertRouteProperties(channel.id(), null, null, null, null, null, null, null);
    }

    private static StoryAlert story(String key, String headline, String url, String image) {
        return StoryAlert.builder(key).update(StoryUpdate.NEW_STORY).kind(AlertKind.RUMOUR).stage("talks")
                .headline(headline).players(List.of("Tomas Brennan")).clubs(List.of("Real Madrid"))
                .summary("Real Madrid are in talks to sign Tomas Brennan.")
                .sources(List.of(new SourceRef("Casey Reporter", "2"))).confidence(0.6).articleUrl(url).imageUrl(image)
                .feedName("Test feed").publishedAt(Instant.parse("2026-11-28T10:00:00Z")).build();
    }

    private static List<String> titles(List<PostedMessage> messages) {
        return messages.stream().map(m -> m.embeds().get(0).path("title").asText()).toList();
    }

    private static List<PostedMessage> awaitCount(FakeDiscord fake, String channelId, int count) {
        return fake.await(count + " message(s) in " + channelId, () -> {
            List<PostedMessage> now = fake.messagesIn(channelId);
            return now.size() >= count ? Optional.of(now) : Optional.empty();
        }, LONG);
    }

    @Test
    @DisplayName("two processes on one PostgreSQL, one shard each: every alert is delivered once by the process that owns its server, none parked")
    void twoProcessesOneShardEach() {
        String database = TestDatabase.migratedPostgresUrl();
        // GIVEN four servers spread over two shards, each with a channel following everything (config routes: no server id)
        try (FakeDiscord fake = FakeDiscord.builder().withGuilds(4).start()) {
            List<FakeChannel> channels = fake.guilds().stream().map(guild -> guild.channels().get(0)).toList();
            assertThat(fake.guilds()).extracting(guild -> (Long.parseLong(guild.id()) >> 22) % 2).contains(0L, 1L);
            RunningBot.Builder common = RunningBot.against(fake).withStorage(database, TestDatabase.POSTGRES_USER).withShardTotal(2);
            channels.forEach(channel -> common.withAlertRoute(everything(channel)));
            try (RunningBot shardZero = common.withShardRange(0, 0).start();
                 RunningBot shardOne = common.withShardRange(1, 1).start()) {

                // WHEN six stories are published (three by each process)
                for (int i = 1; i <= 6; i++) {
                    RunningBot publisher = i % 2 == 0 ? shardZero : shardOne;
                    publisher.bean(AlertPublisher.class).publish(story("shard-" + i, "Story " + i, null, null));
                }

                // THEN every channel gets the six, in order, once; nothing is parked or paused
                for (FakeChannel channel : channels) {
                    assertThat(titles(awaitCount(fake, channel.id(), 6)))
                            .containsExactly("🔄 Story 1", "🔄 Story 2", "🔄 Story 3", "🔄 Story 4", "🔄 Story 5", "🔄 Story 6");
                }
                OutboxStore outbox = shardZero.bean(OutboxStore.class);
                fake.await("every row sent", () -> outbox.all().stream().allMatch(r -> r.status() == OutboxRow.Status.SENT)
                        ? Optional.of(true) : Optional.empty(), LONG);
                assertThat(outbox.all()).hasSize(24).noneMatch(r -> r.status() == OutboxRow.Status.PARKED);
                assertThat(shardZero.bean(SubscriptionStore.class).all()).noneMatch(s -> s.paused());
                for (FakeChannel channel : channels) {
                    assertThat(fake.messagesIn(channel.id())).hasSize(6);
                }
                // and each channel's server was learnt, so its later rows go straight to the owning process
                assertThat(shardOne.bean(SubscriptionStore.class).all()).allMatch(s -> s.guildId() != null);
            }
        }
    }

    @Test
    @DisplayName("a 2,100-character link and a 3,000-character image URL: the alert goes out without them, and the next alert too")
    void overLongUrlsAreDroppedNotBlocking() {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            try (RunningBot bot = RunningBot.against(fake).withAlertRoute(everything(channel)).start()) {
                String longLink = "https://news.example/" + "a".repeat(2_100);
                String longImage = "https://img.example/" + "b".repeat(3_000) + ".jpg";

                // WHEN a story with both over-long URLs is published, then a normal one
                bot.bean(AlertPublisher.class).publish(story("long-1", "Long links", longLink, longImage));
                bot.bean(AlertPublisher.class).publish(story("long-2", "Normal", "https://news.example/ok", null));

                // THEN both arrive, in order; the first without link or thumbnail, the second with its link
                List<PostedMessage> posted = awaitCount(fake, channel.id(), 2);
                assertThat(titles(posted)).containsExactly("🔄 Long links", "🔄 Normal");
                assertThat(posted.get(0).embeds().get(0).has("url")).isFalse();
                assertThat(posted.get(0).embeds().get(0).has("thumbnail")).isFalse();
                assertThat(posted.get(1).embeds().get(0).path("url").asText()).isEqualTo("https://news.example/ok");
            }
        }
    }

    @Test
    @DisplayName("rows an older version stored with a 12,000-character link or an unreadable payload never block the channel's later alerts")
    void storedBadRowsDoNotBlock() {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            try (RunningBot bot = RunningBot.against(fake).withAlertRoute(everything(channel)).start()) {
                // GIVEN the outbox already holds a row with an over-long link and one whose payload is not JSON
                JdbcTemplate jdbc = new JdbcTemplate(bot.bean(javax.sql.DataSource.class));
                String payload = "{\"title\":\"Stored long\",\"url\":\"https://news.example/" + "c".repeat(12_000)
                        + "\",\"fields\":[],\"colour\":0}";
                insertRow(jdbc, channel.id(), "stored-1", payload);
                insertRow(jdbc, channel.id(), "stored-2", "not json {");

                // WHEN a normal story is published after them
                bot.bean(AlertPublisher.class).publish(story("after-1", "After", null, null));

                // THEN the long one goes out without its link, the unreadable one is parked alone, the next arrives
                List<PostedMessage> posted = awaitCount(fake, channel.id(), 2);
                assertThat(titles(posted)).containsExactly("Stored long", "🔄 After");
                assertThat(posted.get(0).embeds().get(0).has("url")).isFalse();
                OutboxStore outbox = bot.bean(OutboxStore.class);
                assertThat(outbox.all()).filteredOn(r -> r.storyKey().equals("stored-2")).singleElement()
                        .satisfies(r -> {
                            assertThat(r.status()).isEqualTo(OutboxRow.Status.PARKED);
                            assertThat(r.lastError()).contains("cannot be read");
                        });
                assertThat(bot.bean(SubscriptionStore.class).forChannel(channel.id())).noneMatch(s -> s.paused());
            }
        }
    }

    @Test
    @DisplayName("an alert Discord refuses for its content (400 Invalid Form Body) is parked alone with the reason; the next goes out")
    void refusedContentParksOneAlert() {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            try (RunningBot bot = RunningBot.against(fake).withAlertRoute(everything(channel)).start()) {
                fake.failNext("POST", "/channels/" + channel.id() + "/messages",
                        FakeFailure.discordError(400, 50035, "Invalid Form Body"));

                bot.bean(AlertPublisher.class).publish(story("refused-1", "Refused", null, null));
                bot.bean(AlertPublisher.class).publish(story("refused-2", "Accepted", null, null));

                assertThat(titles(awaitCount(fake, channel.id(), 1))).containsExactly("🔄 Accepted");
                OutboxStore outbox = bot.bean(OutboxStore.class);
                assertThat(outbox.all()).filteredOn(r -> r.storyKey().equals("refused-1")).singleElement()
                        .satisfies(r -> {
                            assertThat(r.status()).isEqualTo(OutboxRow.Status.PARKED);
                            assertThat(r.lastError()).contains("Invalid Form Body");
                        });
                assertThat(bot.bean(SubscriptionStore.class).forChannel(channel.id())).noneMatch(s -> s.paused());
            }
        }
    }

    @Test
    @DisplayName("GUILD_DELETE unavailable during delivery, then the server back: every alert delivered after recovery, in order, subscriptions active")
    void guildOutageThenRecovery() {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeGuild guild = fake.guild("Kop");
            FakeChannel channel = guild.channel("rumours");
            try (RunningBot bot = RunningBot.against(fake).withAlertRoute(everything(channel)).start()) {
                AlertPublisher publisher = bot.bean(AlertPublisher.class);
                OutboxStore outbox = bot.bean(OutboxStore.class);
                publisher.publish(story("outage-1", "Before", null, null));
                awaitCount(fake, channel.id(), 1);

                // GIVEN the server goes unavailable (and its REST with it) while alerts are queued
                fake.failAlways("POST", "/channels/" + channel.id() + "/messages", FakeFailure.unavailable());
                fake.makeGuildUnavailable(guild);
                for (int i = 1; i <= 3; i++) {
                    publisher.publish(story("outage-" + (i + 1), "During " + i, null, null));
                }
                fake.await("the alerts waiting for the server", () -> outbox.all().stream()
                        .filter(r -> r.status() == OutboxRow.Status.PENDING)
                        .filter(r -> r.nextAttemptAt().isAfter(Instant.now().plusSeconds(5))).findFirst(), LONG);
                assertThat(outbox.all()).noneMatch(r -> r.status() == OutboxRow.Status.PARKED);
                assertThat(bot.bean(SubscriptionStore.class).forChannel(channel.id())).noneMatch(s -> s.paused());

                // WHEN the server comes back
                fake.clearFailures();
                fake.makeGuildAvailable(guild);
                publisher.publish(story("outage-5", "After", null, null));

                // THEN everything arrives, in order, once, and the channel still follows
                assertThat(titles(awaitCount(fake, channel.id(), 5)))
                        .containsExactly("🔄 Before", "🔄 During 1", "🔄 During 2", "🔄 During 3", "🔄 After");
                fake.await("every row marked sent", () -> outbox.all().stream().allMatch(r -> r.status() == OutboxRow.Status.SENT)
                        ? Optional.of(true) : Optional.empty(), LONG);
                assertThat(fake.messagesIn(channel.id())).hasSize(5);
                assertThat(bot.bean(SubscriptionStore.class).forChannel(channel.id())).noneMatch(s -> s.paused());
            }
        }
    }

    private static void insertRow(JdbcTemplate jdbc, String channelId, String storyKey, String payload) {
        jdbc.update("INSERT INTO alert_outbox (channel_id, story_key, action, payload, nonce, status, attempts, "
                        + "next_attempt_at, created_at) VALUES (?, ?, 'POST', ?, ?, 'PENDING', 0, ?, ?)", channelId, storyKey,
                payload, "n" + System.nanoTime(), java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
    }
}
