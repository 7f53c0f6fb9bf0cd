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
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RecordedRequest;
import dev.rumourmill.discord.fake.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Alerts from the outbox to channels of the loopback fake Discord, through real JDA. One channel per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordAlertDeliveryEndToEndTest {

    private static final String ROLE = "323456789012345678";
    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel basic;
    private FakeChannel edits;
    private FakeChannel hostile;
    private FakeChannel outage;
    private FakeChannel limited;
    private FakeChannel lostAnswer;
    private FakeChannel locked;
    private FakeChannel pings;
    private FakeChannel quiet;
    private FakeChannel admin;

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder()
                .withGuild("Kop", guild -> guild.withTextChannel("basic").withTextChannel("edits").withTextChannel("hostile")
                        .withTextChannel("outage").withTextChannel("limited").withTextChannel("lost-answer").withTextChannel("locked")
                        .withTextChannel("pings").withTextChannel("quiet").withTextChannel("admin"))
                .start();
        var guild = fake.guild("Kop");
        basic = guild.channel("basic");
        edits = guild.channel("edits");
        hostile = guild.channel("hostile");
        outage = guild.channel("outage");
        limited = guild.channel("limited");
        lostAnswer = guild.channel("lost-answer");
        locked = guild.channel("locked");
        pings = guild.channel("pings");
        quiet = guild.channel("quiet");
        admin = guild.channel("admin");
        bot = RunningBot.against(fake)
                .withAdminChannel(admin.id())
                .withAlertRoute(route(basic.id(), "Basic FC", null))
                .withAlertRoute(route(edits.id(), "Edits FC", null))
                .withAlertRoute(route(hostile.id(), "Hostile FC", null))
                .withAlertRoute(route(outage.id(), "Outage FC", null))
                .withAlertRoute(route(limited.id(), "Limited FC", null))
                .withAlertRoute(route(lostAnswer.id(), "Lost FC", null))
                .withAlertRoute(route(locked.id(), "Locked FC", null))
                .withAlertRoute(new AlertRouteProperties(pings.id(), List.of("Pings FC"), null, null, null, null,
                        new AlertRouteProperties.Ping(ROLE, Set.of("agreed")), null, null))
                .withAlertRoute(route(quiet.id(), "Quiet FC", ROLE))
                .start();
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
    }

    @AfterEach
    void clearFailures() {
        fake.clearFailures();
    }

    /** Each channel follows its own club, so each test's stories reach only its channel. */
    private static AlertRouteProperties route(String channelId, String club, String pingRole) {
        // A ping role without ping.at stages: nobody is ever mentioned.
        return new AlertRouteProperties(channelId, List.of(club), null, null, null, null, new AlertRouteProperties.Ping(pingRole, null), null, null);
    }

    private static StoryAlert story(String key, StoryUpdate update, String headline, SourceRef... sources) {
        String club = Character.toUpperCase(key.charAt(0)) + key.substring(1, key.indexOf('-')) + " FC";
        return StoryAlert.builder(key).update(update).kind(AlertKind.RUMOUR).stage("talks").headline(headline)
                .players(List.of("Tomas Brennan")).clubs(List.of(club, "Real Madrid"))
                .summary("Real Madrid are in talks to sign Tomas Brennan from Northport.").sources(List.of(sources))
                .confidence(0.6).articleUrl("https://news.example/" + key).feedName("Test feed")
                .publishedAt(Instant.parse("2026-11-28T10:00:00Z"))
                .contractLine("Contract until 30 Jun 2027 (7 months left)").build();
    }

    private void publish(StoryAlert story) {
        bot.bean(AlertPublisher.class).publish(story);
    }

    private static SourceRef source(String name, String tier) {
        return new SourceRef(name, tier);
    }

    @Test
    @DisplayName("a new story becomes exactly one embed in each following channel, with a nonce and no mentions")
    void newStoryIsPostedOnce() {
        // GIVEN the bot following Northport in several channels
        // WHEN a Northport story is published
        publish(story("basic-1", StoryUpdate.NEW_STORY, "Tomas Brennan → Real Madrid", source("Casey Reporter", "1")));

        // THEN the basic channel gets one embed with headline, sources, confidence and contract line
        PostedMessage message = fake.awaitMessagesIn(basic.id(), 1).get(0);
        JsonNode embed = message.embeds().get(0);
        assertThat(embed.path("title").asText()).isEqualTo("🔄 Tomas Brennan → Real Madrid");
        assertThat(embed.path("url").asText()).isEqualTo("https://news.example/basic-1");
        assertThat(message.text()).contains("Casey Reporter (tier 1)").contains("▰▰▰▱▱ 60%")
                .contains("Contract until 30 Jun 2027");
        assertThat(message.allowedMentions().path("parse").isArray()).isTrue();
        assertThat(message.allowedMentions().path("parse")).isEmpty();
        assertThat(message.request().path("nonce").asText()).isNotEmpty();
        assertThat(message.request().path("enforce_nonce").asBoolean()).isTrue();
        assertThat(fake.messagesIn(basic.id())).hasSize(1);
    }

    @Test
    @DisplayName("a second outlet's report edits the alert instead of posting again")
    void secondOutletEdits() {
        publish(story("edits-1", StoryUpdate.NEW_STORY, "Tomas Brennan → Real Madrid", source("Casey Reporter", "2")));
        fake.awaitMessagesIn(edits.id(), 1);

        StoryAlert first = story("edits-1", StoryUpdate.NEW_SOURCE, "Tomas Brennan → Real Madrid",
                source("Casey Reporter", "2"), source("Other Outlet", "3"));
        publish(first.toBuilder().reports(2).latestSources(List.of(source("Other Outlet", "3"))).build());

        PostedMessage edited = fake.await("the alert edited", () -> fake.messagesIn(edits.id()).stream()
                .filter(m -> m.edits() == 1).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(edited.text()).contains("Other Outlet (tier 3)").contains("Also reported by Other Outlet");
        assertThat(fake.messagesIn(edits.id())).hasSize(1);
        assertThat(fake.requests("PATCH", "/channels/" + edits.id() + "/messages/\\d+")).hasSize(1);
    }

    @Test
    @DisplayName("@everyone and a role mention in a headline ping nobody and are shown escaped")
    void everyoneInHeadlineDoesNotPing() {
        publish(story("hostile-1", StoryUpdate.NEW_STORY, "@everyone <@&123456789012345678> **Brennan** signs?",
                source("Casey Reporter", "2")));

        PostedMessage message = fake.awaitMessagesIn(hostile.id(), 1).get(0);
        assertThat(message.allowedMentions().path("parse")).isEmpty();
        assertThat(message.allowedMentions().path("roles")).isEmpty();
        assertThat(message.content()).isEmpty();
        assertThat(message.embeds().get(0).path("title").asText())
                .contains("@\u200Beveryone").contains("\\<@&123456789012345678\\>").contains("\\*\\*Brennan\\*\\*");
    }

    @Test
    @DisplayName("ping.at [agreed]: a story going rumour → agreed → official mentions the role once, in the agreed update")
    void roleIsMentionedOnceWhenTheStoryIsAgreed() {
        // GIVEN a channel that pings its role when a story is agreed
        // WHEN a story is posted as a rumour, is agreed, is reported again at agreed, then becomes official
        walkToOfficial("pings-1", pings);

        // THEN of every message and edit sent there, exactly one mentions the role: the agreed update
        List<RecordedRequest> sent = messageRequests(pings);
        assertThat(sent).hasSize(4);
        assertThat(sent).filteredOn(r -> !r.json().path("content").asText().isEmpty()).singleElement().satisfies(r -> {
            assertThat(r.json().path("content").asText()).isEqualTo("<@&" + ROLE + ">");
            assertThat(r.json().path("embeds").get(0).path("title").asText()).startsWith("Update: agreed");
            assertThat(r.json().path("allowed_mentions").path("parse")).isEmpty();
            assertThat(r.json().path("allowed_mentions").path("roles")).extracting(JsonNode::asText).containsExactly(ROLE);
        });
        assertThat(sent).filteredOn(r -> r.json().path("content").asText().isEmpty()).allSatisfy(r -> {
            assertThat(r.json().path("allowed_mentions").path("parse")).isEmpty();
            assertThat(r.json().path("allowed_mentions").path("roles")).isEmpty();
        });
    }

    @Test
    @DisplayName("a ping role without ping.at: the same story mentions nobody")
    void roleWithoutPingAtMentionsNobody() {
        walkToOfficial("quiet-1", quiet);

        List<RecordedRequest> sent = messageRequests(quiet);
        assertThat(sent).hasSize(4).allSatisfy(r -> {
            assertThat(r.json().path("content").asText()).isEmpty();
            assertThat(r.json().path("allowed_mentions").path("parse")).isEmpty();
            assertThat(r.json().path("allowed_mentions").path("roles")).isEmpty();
        });
    }

    /** Rumour (talks), agreed, another report at agreed (an edit), official; each delivered before the next. */
    private void walkToOfficial(String key, FakeChannel channel) {
        StoryAlert rumour = story(key, StoryUpdate.NEW_STORY, "Tomas Brennan → Real Madrid", source("Casey Reporter", "1"));
        publish(rumour);
        fake.awaitMessagesIn(channel.id(), 1);
        publish(rumour.toBuilder().update(StoryUpdate.STAGE_CHANGE).stage("agreed").build());
        fake.awaitMessagesIn(channel.id(), 2);
        publish(rumour.toBuilder().update(StoryUpdate.NEW_SOURCE).stage("agreed").reports(2)
                .sources(List.of(source("Casey Reporter", "1"), source("Other Outlet", "2")))
                .latestSources(List.of(source("Other Outlet", "2"))).build());
        fake.await("the first message edited", () -> fake.messagesIn(channel.id()).stream().filter(m -> m.edits() >= 1)
                .findFirst(), Duration.ofSeconds(60));
        publish(rumour.toBuilder().update(StoryUpdate.STAGE_CHANGE).kind(AlertKind.CONFIRMED).stage("official").build());
        fake.awaitMessagesIn(channel.id(), 3);
    }

    /** Every message created or edited in the channel, in order. */
    private List<RecordedRequest> messageRequests(FakeChannel channel) {
        String messages = "/channels/" + channel.id() + "/messages(/\\d+)?";
        return fake.requests().stream().filter(r -> r.succeeded() && (r.is("POST", messages) || r.is("PATCH", messages)))
                .toList();
    }

    @Test
    @DisplayName("while Discord answers 503 alerts wait; after recovery all arrive, in order, once")
    void outageThenRecovery() {
        // GIVEN Discord failing every message to the channel
        fake.failAlways("POST", "/channels/" + outage.id() + "/messages", FakeFailure.unavailable());
        publish(story("outage-1", StoryUpdate.NEW_STORY, "Story one", source("Casey Reporter", "2")));
        publish(story("outage-2", StoryUpdate.NEW_STORY, "Story two", source("Casey Reporter", "2")));
        publish(story("outage-3", StoryUpdate.NEW_STORY, "Story three", source("Casey Reporter", "2")));
        OutboxStore outbox = bot.bean(OutboxStore.class);
        fake.await("a failed delivery attempt", () -> outbox.all().stream()
                .filter(r -> r.channelId().equals(outage.id()) && r.attempts() > 0).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(fake.messagesIn(outage.id())).isEmpty();

        // WHEN Discord recovers
        fake.clearFailures();

        // THEN the three alerts arrive in order, each once
        List<PostedMessage> posted = fake.await("three alerts", () -> {
            List<PostedMessage> now = fake.messagesIn(outage.id());
            return now.size() >= 3 ? Optional.of(now) : Optional.empty();
        }, Duration.ofSeconds(60));
        assertThat(posted).extracting(m -> m.embeds().get(0).path("title").asText())
                .containsExactly("🔄 Story one", "🔄 Story two", "🔄 Story three");
    }

    @Test
    @DisplayName("while Discord answers 429 with Retry-After alerts wait; then all arrive, in order, once")
    void rateLimitedThenRecovery() {
        // GIVEN the channel's route rate-limited for the next four requests
        fake.failNext("POST", "/channels/" + limited.id() + "/messages", 4, FakeFailure.rateLimited(Duration.ofSeconds(1)));

        // WHEN two stories are published
        publish(story("limited-1", StoryUpdate.NEW_STORY, "First story", source("Casey Reporter", "2")));
        publish(story("limited-2", StoryUpdate.NEW_STORY, "Second story", source("Casey Reporter", "2")));

        // THEN both arrive after the waits, in order, each once
        List<PostedMessage> posted = fake.await("two alerts", () -> {
            List<PostedMessage> now = fake.messagesIn(limited.id());
            return now.size() >= 2 ? Optional.of(now) : Optional.empty();
        }, Duration.ofSeconds(60));
        assertThat(posted).extracting(m -> m.embeds().get(0).path("title").asText())
                .containsExactly("🔄 First story", "🔄 Second story");
        assertThat(fake.requests("POST", "/channels/" + limited.id() + "/messages").stream()
                .filter(r -> r.status() == 429).count()).isEqualTo(4);
    }

    @Test
    @DisplayName("when Discord posts a message but the answer is lost, the resend with the same nonce does not double-post")
    void lostAnswerDoesNotDoublePost() {
        fake.acceptThenFail("POST", "/channels/" + lostAnswer.id() + "/messages", FakeFailure.unavailable());

        publish(story("lost-1", StoryUpdate.NEW_STORY, "Tomas Brennan → Real Madrid", source("Casey Reporter", "2")));

        OutboxStore outbox = bot.bean(OutboxStore.class);
        fake.await("the alert marked sent", () -> outbox.all().stream()
                .filter(r -> r.channelId().equals(lostAnswer.id()) && r.status() == OutboxRow.Status.SENT).findFirst(),
                Duration.ofSeconds(60));
        assertThat(fake.requests("POST", "/channels/" + lostAnswer.id() + "/messages").size()).isGreaterThanOrEqualTo(2);
        assertThat(fake.messagesIn(lostAnswer.id())).hasSize(1);
    }

    @Test
    @DisplayName("a channel the bot may not post in is paused, its alerts parked, and the admin channel told once")
    void missingPermissionParksAndTellsAdmins() {
        // GIVEN the bot lost Send Messages in the channel, and JDA has seen the change
        fake.denyInChannel(locked, FakePermission.SEND_MESSAGES);
        var jdaChannel = bot.session().shardManager().orElseThrow().getTextChannelById(locked.id());
        fake.await("JDA to see the new permissions", () -> jdaChannel.canTalk() ? Optional.empty() : Optional.of(true),
                FakeDiscord.DEFAULT_TIMEOUT);

        // WHEN two stories are published for it
        publish(story("locked-1", StoryUpdate.NEW_STORY, "Story one", source("Casey Reporter", "2")));
        publish(story("locked-2", StoryUpdate.NEW_STORY, "Story two", source("Casey Reporter", "2")));

        // THEN both are parked, the channel is paused, and one notice names the channel and the permission
        OutboxStore outbox = bot.bean(OutboxStore.class);
        fake.await("both alerts parked", () -> {
            var rows = outbox.all().stream().filter(r -> r.channelId().equals(locked.id())).toList();
            return rows.size() == 2 && rows.stream().allMatch(r -> r.status() == OutboxRow.Status.PARKED)
                    ? Optional.of(rows) : Optional.empty();
        }, FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(bot.bean(SubscriptionStore.class).forChannel(locked.id())).allMatch(s -> s.paused());
        PostedMessage notice = fake.awaitMessagesIn(admin.id(), 1).get(0);
        assertThat(notice.content()).contains(locked.id()).contains("Send Messages");
        assertThat(notice.allowedMentions().path("parse")).isEmpty();
        assertThat(fake.messagesIn(locked.id())).isEmpty();
    }
}
