package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.SourceRef;
import dev.rumourmill.alerts.StoryAlert;
import dev.rumourmill.alerts.StoryUpdate;
import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.AlertStyle;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RecordedRequest;
import dev.rumourmill.discord.fake.RunningBot;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Alerts in Discord's message components (route {@code post: {style: components}}) through real JDA and the
 * loopback fake Discord, which refuses a Components V2 message that also has content or embeds, like Discord.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComponentsAlertEndToEndTest {

    private static final String ROLE = "423456789012345678";
    private static final int IS_COMPONENTS_V2 = 1 << 15;
    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel cards;
    private FakeChannel hostile;
    private FakeChannel classic;

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder()
                .withGuild("Kop", guild -> guild.withTextChannel("cards").withTextChannel("hostile").withTextChannel("classic"))
                .start();
        cards = fake.guild("Kop").channel("cards");
        hostile = fake.guild("Kop").channel("hostile");
        classic = fake.guild("Kop").channel("classic");
        bot = RunningBot.against(fake)
                .withAlertRoute(route(cards.id(), "Cards FC", new AlertRouteProperties.Ping(ROLE, Set.of("agreed")),
                        AlertStyle.COMPONENTS))
                .withAlertRoute(route(hostile.id(), "Hostile FC", null, AlertStyle.COMPONENTS))
                .withAlertRoute(route(classic.id(), "Classic FC", null, null))
                .start();
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
    }

    private static AlertRouteProperties route(String channel, String club, AlertRouteProperties.Ping ping, AlertStyle style) {
        return new AlertRouteProperties(channel, List.of(club), null, null, null, null, ping,
                new AlertRouteProperties.Post(style, null, null, null));
    }

    private static StoryAlert story(String key, String club, String headline) {
        return StoryAlert.builder(key).update(StoryUpdate.NEW_STORY).kind(AlertKind.RUMOUR).stage("talks").headline(headline)
                .players(List.of("Tomas Brennan")).clubs(List.of(club, "Real Madrid"))
                .summary("Real Madrid are in talks to sign Tomas Brennan from Northport.")
                .sources(List.of(new SourceRef("Casey Reporter", "1"))).confidence(0.6)
                .articleUrl("https://news.example/" + key).imageUrl("https://images.example/" + key + ".jpg")
                .feedName("Test feed").publishedAt(Instant.parse("2026-11-28T10:00:00Z"))
                .contractLine("Contract until 30 Jun 2027 (7 months left)").build();
    }

    private void publish(StoryAlert story) {
        bot.bean(AlertPublisher.class).publish(story);
    }

    /** Every message created or edited in the channel, in order. */
    private List<RecordedRequest> messageRequests(FakeChannel channel) {
        String messages = "/channels/" + channel.id() + "/messages(/\\d+)?";
        return fake.requests().stream().filter(r -> r.succeeded() && (r.is("POST", messages) || r.is("PATCH", messages)))
                .toList();
    }

    @Test
    @DisplayName("a story in components form, edited by a second report, then agreed: one ping, in the agreed reply only")
    void componentsAlertEditedAndPinged() {
        // GIVEN a channel whose route asks for components and pings its role when a story is agreed
        StoryAlert rumour = story("cards-1", "Cards FC", "Tomas Brennan → Real Madrid");

        // WHEN a story arrives
        publish(rumour);

        // THEN it is one Components V2 message: no content, no embeds, one container in the rumour colour with the
        // headline, the image beside it, the facts and a link button to the article, and no mention allowed
        PostedMessage first = fake.awaitMessagesIn(cards.id(), 1).get(0);
        assertThat(first.usesComponentsV2()).isTrue();
        assertThat(first.content()).isEmpty();
        assertThat(first.embeds()).isEmpty();
        assertThat(first.message().path("components")).hasSize(1);
        JsonNode container = first.message().path("components").get(0);
        assertThat(container.path("type").asInt()).isEqualTo(17);
        assertThat(container.path("accent_color").asInt()).isEqualTo(0xF1C40F);
        assertThat(first.textDisplays().get(0)).startsWith("### 🔄 Tomas Brennan → Real Madrid\nReal Madrid are in talks");
        assertThat(first.text()).contains("**Source**\nCasey Reporter (tier 1)").contains("**Confidence** ▰▰▰▱▱ 60% · **Stage** talks")
                .contains("Contract until 30 Jun 2027").contains("<t:1795860000:f>");
        assertThat(first.allComponents()).anySatisfy(c -> assertThat(c.path("media").path("url").asText())
                .isEqualTo("https://images.example/cards-1.jpg"));
        assertThat(first.allComponents()).anySatisfy(c -> {
            assertThat(c.path("style").asInt()).isEqualTo(5);
            assertThat(c.path("url").asText()).isEqualTo("https://news.example/cards-1");
            assertThat(c.path("label").asText()).isEqualTo("Read the article");
        });
        assertThat(first.allowedMentions().path("parse")).isEmpty();
        assertThat(first.allowedMentions().path("roles")).isEmpty();

        // WHEN another outlet reports it
        publish(rumour.toBuilder().update(StoryUpdate.NEW_SOURCE).reports(2)
                .sources(List.of(new SourceRef("Casey Reporter", "1"), new SourceRef("Other Outlet", "2")))
                .latestSources(List.of(new SourceRef("Other Outlet", "2"))).build());

        // THEN the same message is edited, still in components form
        PostedMessage edited = fake.await("the alert edited", () -> fake.messagesIn(cards.id()).stream()
                .filter(m -> m.edits() == 1).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(edited.usesComponentsV2()).isTrue();
        assertThat(edited.embeds()).isEmpty();
        assertThat(edited.text()).contains("Other Outlet (tier 2)").contains("Also reported by Other Outlet");
        assertThat(fake.messagesIn(cards.id())).hasSize(1);

        // WHEN the story is agreed, then official
        publish(rumour.toBuilder().update(StoryUpdate.STAGE_CHANGE).stage("agreed").build());
        fake.awaitMessagesIn(cards.id(), 2);
        publish(rumour.toBuilder().update(StoryUpdate.STAGE_CHANGE).kind(AlertKind.CONFIRMED).stage("official").build());
        fake.awaitMessagesIn(cards.id(), 3);

        // THEN only the agreed reply mentions the role: in a text display above the card, the one role allowed
        List<RecordedRequest> sent = messageRequests(cards);
        assertThat(sent).hasSize(4).allSatisfy(r -> {
            assertThat(r.json().path("flags").asInt() & IS_COMPONENTS_V2).isEqualTo(IS_COMPONENTS_V2);
            assertThat(r.json().has("embeds") && !r.json().path("embeds").isEmpty()).isFalse();
            assertThat(r.json().path("content").asText("")).isEmpty();
        });
        List<RecordedRequest> pinging = sent.stream().filter(r -> !r.json().path("allowed_mentions").path("roles").isEmpty())
                .toList();
        assertThat(pinging).singleElement().satisfies(r -> {
            assertThat(r.json().path("allowed_mentions").path("roles")).extracting(JsonNode::asText).containsExactly(ROLE);
            assertThat(r.json().path("allowed_mentions").path("parse")).isEmpty();
            JsonNode top = r.json().path("components");
            assertThat(top.get(0).path("type").asInt()).isEqualTo(10);
            assertThat(top.get(0).path("content").asText()).isEqualTo("<@&" + ROLE + ">");
            assertThat(top.get(1).path("components").get(0).toString()).contains("Update: agreed");
            assertThat(r.json().path("message_reference").path("message_id").asText()).isEqualTo(first.id());
        });
        assertThat(sent).filteredOn(r -> !pinging.contains(r)).allSatisfy(r ->
                assertThat(r.json().path("components").toString()).doesNotContain("<@&"));
    }

    @Test
    @DisplayName("feed text in components form is escaped: markdown shows literally and @everyone pings nobody")
    void hostileTextIsEscaped() {
        // WHEN a headline and summary carry markdown, @everyone and a role mention
        publish(story("hostile-1", "Hostile FC", "@everyone <@&123456789012345678> **Brennan** # signs?").toBuilder()
                .summary("[click](https://evil.example) ~~now~~ @here").build());

        // THEN the text displays show them escaped, and nothing may be mentioned
        PostedMessage message = fake.awaitMessagesIn(hostile.id(), 1).get(0);
        assertThat(message.usesComponentsV2()).isTrue();
        String headline = message.textDisplays().get(0);
        assertThat(headline).contains("@\u200Beveryone").contains("\\<@&123456789012345678\\>").contains("\\*\\*Brennan\\*\\*")
                .contains("\\# signs").contains("\\[click\\]\\(https://evil.example\\)").contains("\\~\\~now\\~\\~")
                .contains("@\u200Bhere");
        assertThat(message.allowedMentions().path("parse")).isEmpty();
        assertThat(message.allowedMentions().path("roles")).isEmpty();
    }

    @Test
    @DisplayName("a route without post.style keeps the classic embed")
    void defaultIsTheEmbed() {
        publish(story("classic-1", "Classic FC", "Tomas Brennan → Real Madrid"));

        PostedMessage message = fake.awaitMessagesIn(classic.id(), 1).get(0);
        assertThat(message.usesComponentsV2()).isFalse();
        assertThat(message.embeds()).singleElement()
                .satisfies(embed -> assertThat(embed.path("title").asText()).isEqualTo("🔄 Tomas Brennan → Real Madrid"));
    }
}
