package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.SourceRef;
import dev.rumourmill.alerts.StoryAlert;
import dev.rumourmill.alerts.StoryUpdate;
import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.PostAs;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AlertTargetsRestartEndToEndTest {

    @Test
    @DisplayName("after a restart, a story's updates go to the thread and the forum post it already has, not new ones")
    void restartKeepsOneThreadPerStory() {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")
                .withForumChannel("stories", List.of("Real Madrid", "talks", "agreed"))).start()) {
            FakeChannel text = fake.guild("Kop").channel("rumours");
            FakeChannel forum = fake.guild("Kop").channel("stories");
            String database = TestDatabase.migratedH2Url("targets-restart");
            List<AlertRouteProperties> routes = List.of(
                    new AlertRouteProperties(text.id(), null, null, null, null, null, null,
                            new AlertRouteProperties.Post(null, null, null, PostAs.THREAD)),
                    new AlertRouteProperties(forum.id(), null, null, null, null, null, null,
                            new AlertRouteProperties.Post(null, null, null, PostAs.FORUM)));
            StoryAlert story = StoryAlert.builder("restart-thread-1").update(StoryUpdate.NEW_STORY).kind(AlertKind.RUMOUR)
                    .stage("talks").headline("Tomas Brennan → Real Madrid").players(List.of("Tomas Brennan"))
                    .clubs(List.of("Real Madrid")).summary("Talks are on.")
                    .sources(List.of(new SourceRef("Casey Reporter", "2"))).confidence(0.5)
                    .articleUrl("https://news.example/a").feedName("Test feed")
                    .publishedAt(Instant.parse("2026-11-28T10:00:00Z")).build();

            // GIVEN a bot that posted the story with its thread and its forum post, then stopped
            try (RunningBot first = start(fake, database, routes)) {
                first.bean(AlertPublisher.class).publish(story);
                fake.awaitThreadsIn(text, 1);
                fake.awaitThreadsIn(forum, 1);
                fake.await("the thread recorded", () -> first.bean(dev.rumourmill.alerts.OutboxStore.class).targets()
                        .thread(text.id(), story.storyKey()), FakeDiscord.DEFAULT_TIMEOUT);
            }
            FakeChannel thread = fake.threadsIn(text).get(0);
            FakeChannel post = fake.threadsIn(forum).get(0);

            // WHEN the bot restarts on the same database and the story is agreed
            try (RunningBot second = start(fake, database, routes)) {
                second.bean(AlertPublisher.class).publish(story.toBuilder().update(StoryUpdate.STAGE_CHANGE).stage("agreed").build());
                PostedMessage inThread = fake.awaitMessagesIn(thread.id(), 1).get(0);
                List<PostedMessage> inPost = fake.awaitMessagesIn(post.id(), 2);

                // THEN the update is in the story's thread and in its forum post; no thread or post was added
                assertThat(inThread.embeds().get(0).path("title").asText()).startsWith("Update: agreed");
                assertThat(inPost.get(1).embeds().get(0).path("title").asText()).startsWith("Update: agreed");
                assertThat(fake.threadsIn(text)).hasSize(1);
                assertThat(fake.threadsIn(forum)).hasSize(1);
                assertThat(fake.messagesIn(text.id())).hasSize(1);
                assertThat(fake.tagNames(post)).containsExactlyInAnyOrder("Real Madrid", "talks");
            }
        }
    }

    private static RunningBot start(FakeDiscord fake, String database, List<AlertRouteProperties> routes) {
        RunningBot.Builder builder = RunningBot.against(fake).withStorage(database);
        routes.forEach(builder::withAlertRoute);
        return builder.start();
    }
}
