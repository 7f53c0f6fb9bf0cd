package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.FakeUser;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Digests through real JDA and the loopback fake Discord: stories in, the clock moved to 18:00, one round-up;
 * {@code /digest now}; refusals (missing permission, 429) keep the digest and tell the admin channel once.
 * The bot's clock starts at noon on Sunday 6 December 2026 (London is on UTC then).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestEndToEndTest {

    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel evening;
    private FakeChannel manual;
    private FakeChannel locked;
    private FakeChannel limited;
    private FakeChannel chosen;
    private FakeChannel admin;
    private final FakeUser manager = FakeUser.named("manager");
    private final FakeUser fan = FakeUser.named("fan");

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder()
                .withGuild("Kop", guild -> guild.withTextChannel("evening").withTextChannel("manual").withTextChannel("locked")
                        .withTextChannel("limited").withTextChannel("chosen").withTextChannel("admin"))
                .start();
        var guild = fake.guild("Kop");
        evening = guild.channel("evening");
        manual = guild.channel("manual");
        locked = guild.channel("locked");
        limited = guild.channel("limited");
        chosen = guild.channel("chosen");
        admin = guild.channel("admin");
        bot = RunningBot.against(fake)
                .withAdminChannel(admin.id())
                .withProperty("rumourmill.test.clock=2026-12-06T12:00:00Z")
                .withAlertRoute(route(evening, "Evening FC", "daily 18:00 Europe/London"))
                // Early-morning digests: moving the clock to the evening makes none of them due.
                .withAlertRoute(route(manual, "Manual FC", "daily 06:00 Europe/London"))
                .withAlertRoute(route(locked, "Locked FC", "daily 06:00 Europe/London"))
                .withAlertRoute(route(limited, "Limited FC", "daily 06:00 Europe/London"))
                .start();
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
    }

    private static AlertRouteProperties route(FakeChannel channel, String club, String digest) {
        return new AlertRouteProperties(channel.id(), List.of(club), null, null, null, null, null,
                new AlertRouteProperties.Post(null, digest, null, null));
    }

    private void publish(String key, String club, String headline, String stage) {
        bot.bean(AlertPublisher.class).publish(StoryAlert.builder(key).update(StoryUpdate.NEW_STORY).kind(AlertKind.RUMOUR)
                .stage(stage).headline(headline).players(List.of("Tomas Brennan")).clubs(List.of(club, "Real Madrid"))
                .summary("Real Madrid are in talks.").sources(List.of(new SourceRef("Casey Reporter", "1")))
                .confidence(0.6).articleUrl("https://news.example/" + key).feedName("Test feed")
                .publishedAt(Instant.parse("2026-12-06T11:00:00Z")).build());
    }

    private List<OutboxRow> rows(FakeChannel channel) {
        return bot.bean(OutboxStore.class).all().stream().filter(row -> row.channelId().equals(channel.id())).toList();
    }

    private InteractionReply digestNow(FakeChannel channel, FakeUser who, FakePermission... permissions) {
        return fake.interaction("digest").subcommand("now").by(who).in(channel).withMemberPermissions(permissions).send()
                .awaitReply();
    }

    @Test
    @DisplayName("stories during the day, the clock moved to 18:00: one round-up message listing them by club")
    void eveningDigest() {
        // GIVEN two stories for a channel with a daily 18:00 digest: nothing is posted or queued for it during the day
        publish("evening-1", "Evening FC", "Tomas Brennan → Real Madrid", "talks");
        publish("evening-2", "Evening FC", "Dan Okafor → Real Madrid", "agreed");
        assertThat(rows(evening)).isEmpty();

        // WHEN the clock reaches 18:00 in London
        bot.bean(MovableClock.class).moveTo(Instant.parse("2026-12-06T18:00:00Z"));

        // THEN one message arrives with both stories under the club, with stage and sources, mentioning nobody
        PostedMessage digest = fake.awaitMessagesIn(evening.id(), 1).get(0);
        JsonNode embed = digest.embeds().get(0);
        assertThat(embed.path("title").asText()).isEqualTo("📰 Transfer round-up · Sun 6 Dec, 18:00");
        assertThat(embed.path("description").asText()).isEqualTo("""
                **Evening FC**
                • [Tomas Brennan → Real Madrid](https://news.example/evening-1) — talks · Casey Reporter (tier 1)
                • [Dan Okafor → Real Madrid](https://news.example/evening-2) — agreed · Casey Reporter (tier 1)""");
        assertThat(digest.allowedMentions().path("parse")).isEmpty();
        assertThat(digest.request().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(fake.messagesIn(evening.id())).hasSize(1);
    }

    @Test
    @DisplayName("/digest now posts the round-up so far; a member without Manage Server is refused server-side")
    void digestNowForAdmins() {
        publish("manual-1", "Manual FC", "Ola Berg → Real Madrid", "bid");

        InteractionReply refused = digestNow(manual, fan);
        InteractionReply posted = digestNow(manual, manager, FakePermission.MANAGE_GUILD);

        assertThat(refused.content()).contains("Manage Server");
        assertThat(posted.ephemeral()).isTrue();
        assertThat(posted.content()).startsWith("The digest of 1 story is on its way to this channel.");
        PostedMessage digest = fake.awaitMessagesIn(manual.id(), 1).get(0);
        assertThat(digest.embeds().get(0).path("title").asText()).startsWith("📰 Transfer round-up so far · Sun 6 Dec");
        assertThat(digest.embeds().get(0).path("description").asText()).contains("Ola Berg → Real Madrid");
        fake.awaitRegisteredCommandNames(null);
        assertThat(fake.registeredCommands(null).stream().filter(c -> c.path("name").asText().equals("digest")).findFirst()
                .orElseThrow().path("default_member_permissions").asText()).isEqualTo(String.valueOf(1L << 5));
    }

    @Test
    @DisplayName("a digest the bot may not post is parked (kept), the channel paused, and the admin channel told once")
    void missingPermissionKeepsTheDigestAndTellsAdminsOnce() {
        // GIVEN the bot lost Send Messages in the channel, and JDA has seen the change
        fake.denyInChannel(locked, FakePermission.SEND_MESSAGES);
        var jdaChannel = bot.session().shardManager().orElseThrow().getTextChannelById(locked.id());
        fake.await("JDA to see the new permissions", () -> jdaChannel.canTalk() ? Optional.empty() : Optional.of(true),
                FakeDiscord.DEFAULT_TIMEOUT);
        publish("locked-1", "Locked FC", "Story one", "talks");
        publish("locked-2", "Locked FC", "Story two", "talks");

        // WHEN an admin asks for the digest
        digestNow(locked, manager, FakePermission.MANAGE_GUILD);

        // THEN its message is parked with the reason, the channel paused, and one notice names it
        fake.await("the digest parked", () -> rows(locked).stream().filter(r -> r.status() == OutboxRow.Status.PARKED)
                .findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(rows(locked)).singleElement().satisfies(row -> {
            assertThat(row.lastError()).contains("Send Messages");
            assertThat(row.message().description()).contains("Story one").contains("Story two");
        });
        assertThat(bot.bean(SubscriptionStore.class).forChannel(locked.id())).allMatch(s -> s.paused());
        PostedMessage notice = fake.await("the admin notice", () -> fake.messagesIn(admin.id()).stream()
                .filter(m -> m.content().contains(locked.id())).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(notice.content()).contains("Send Messages");
        assertThat(fake.messagesIn(admin.id())).filteredOn(m -> m.content().contains(locked.id())).hasSize(1);
        assertThat(fake.messagesIn(locked.id())).isEmpty();
    }

    @Test
    @DisplayName("a digest answered 429 waits and then arrives once")
    void rateLimitedDigestArrivesOnce() {
        fake.failNext("POST", "/channels/" + limited.id() + "/messages", 2, FakeFailure.rateLimited(Duration.ofSeconds(1)));
        publish("limited-1", "Limited FC", "Story one", "talks");

        digestNow(limited, manager, FakePermission.MANAGE_GUILD);

        PostedMessage digest = fake.awaitMessagesIn(limited.id(), 1).get(0);
        assertThat(digest.embeds().get(0).path("description").asText()).contains("Story one");
        assertThat(fake.requests("POST", "/channels/" + limited.id() + "/messages").stream()
                .filter(r -> r.status() == 429).count()).isEqualTo(2);
        assertThat(fake.messagesIn(limited.id())).hasSize(1);
        assertThat(fake.messagesIn(admin.id())).noneMatch(m -> m.content().contains(limited.id()));
    }

    @Test
    @DisplayName("/alerts digest sets the channel's schedule (listed by /alerts list) and clears it again")
    void alertsDigestSetsAndClears() {
        fake.interaction("alerts").subcommand("follow").by(manager).in(chosen).withMemberPermissions(FakePermission.MANAGE_GUILD)
                .option("everything", true).send().awaitReply();

        InteractionReply set = fake.interaction("alerts").subcommand("digest").by(manager).in(chosen)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).option("schedule", "daily 21:30 Europe/London").send()
                .awaitReply();
        InteractionReply listed = fake.interaction("alerts").subcommand("list").by(manager).in(chosen)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();
        InteractionReply bad = fake.interaction("alerts").subcommand("digest").by(manager).in(chosen)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).option("schedule", "every evening").send().awaitReply();
        InteractionReply cleared = fake.interaction("alerts").subcommand("digest").by(manager).in(chosen)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();

        assertThat(set.content()).contains("daily 21:30 Europe/London").contains("instead of single alerts");
        assertThat(listed.content()).contains("digest daily 21:30 Europe/London");
        assertThat(bad.content()).contains("can't read \"every evening\"");
        assertThat(cleared.content()).contains("single alerts again");
        assertThat(bot.bean(SubscriptionStore.class).forChannel(chosen.id())).allMatch(s -> s.digest() == null);
    }
}
