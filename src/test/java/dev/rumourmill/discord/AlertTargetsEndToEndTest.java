package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.AlertPublisher;
import dev.rumourmill.alerts.OutboxAction;
import dev.rumourmill.alerts.OutboxRow;
import dev.rumourmill.alerts.OutboxStore;
import dev.rumourmill.alerts.SourceRef;
import dev.rumourmill.alerts.StoryAlert;
import dev.rumourmill.alerts.StoryUpdate;
import dev.rumourmill.alerts.SubscriptionStore;
import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.PostAs;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakeFailure;
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Where alerts go (post.as): a thread per story, a forum post per story with tags, published announcements —
 * through real JDA and the loopback fake Discord, with Discord refusing, rate-limiting and losing answers.
 * One channel per test; each channel follows its own club.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertTargetsEndToEndTest {

    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel admin;

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder()
                .withGuild("Hub", guild -> guild
                        .withEveryonePermissions(FakePermission.VIEW_CHANNEL, FakePermission.SEND_MESSAGES, FakePermission.EMBED_LINKS,
                                FakePermission.ATTACH_FILES, FakePermission.READ_MESSAGE_HISTORY, FakePermission.ADD_REACTIONS,
                                FakePermission.USE_APPLICATION_COMMANDS, FakePermission.CREATE_PUBLIC_THREADS,
                                FakePermission.SEND_MESSAGES_IN_THREADS, FakePermission.MANAGE_CHANNELS)
                        .withTextChannel("admin")
                        .withTextChannel("threads").withTextChannel("lost-thread").withTextChannel("no-threads").withTextChannel("follow-thread")
                        .withForumChannel("forum", List.of("Real Madrid")).withForumChannel("lost-forum", List.of())
                        .withForumChannel("shut-forum", List.of())
                        .withAnnouncementChannel("news").withAnnouncementChannel("busy-news")
                        .withAnnouncementChannel("limited-news"))
                .withGuild("Rival", guild -> guild.withForumChannel("unmanaged-forum", List.of("Real Madrid")))
                .start();
        admin = channel("admin");
        bot = RunningBot.against(fake)
                .withAdminChannel(admin.id())
                .withAlertRoute(route("threads", PostAs.THREAD))
                .withAlertRoute(route("lost-thread", PostAs.THREAD))
                .withAlertRoute(route("no-threads", PostAs.THREAD))
                .withAlertRoute(route("forum", PostAs.FORUM))
                .withAlertRoute(route("lost-forum", PostAs.FORUM))
                .withAlertRoute(route("shut-forum", PostAs.FORUM))
                .withAlertRoute(route("unmanaged-forum", PostAs.FORUM))
                .withAlertRoute(route("news", PostAs.ANNOUNCEMENT))
                .withAlertRoute(route("busy-news", PostAs.ANNOUNCEMENT))
                .withAlertRoute(route("limited-news", PostAs.ANNOUNCEMENT))
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

    private FakeChannel channel(String name) {
        return fake.guilds().stream().flatMap(guild -> guild.channels().stream()).filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** The channel follows "<Name> FC" (from its name) and posts as told. */
    private AlertRouteProperties route(String channelName, PostAs as) {
        return new AlertRouteProperties(channel(channelName).id(), List.of(club(channelName)), null, null, null, null, null,
                new AlertRouteProperties.Post(null, null, null, as));
    }

    private static String club(String channelName) {
        return Character.toUpperCase(channelName.charAt(0)) + channelName.substring(1) + " FC";
    }

    private static StoryAlert story(String channelName, String key, String headline) {
        return StoryAlert.builder(channelName + "/" + key).update(StoryUpdate.NEW_STORY).kind(AlertKind.RUMOUR).stage("talks")
                .headline(headline).players(List.of("Tomas Brennan")).clubs(List.of(club(channelName), "Real Madrid"))
                .summary("Real Madrid are in talks to sign Tomas Brennan.").sources(List.of(new SourceRef("Casey Reporter", "2")))
                .confidence(0.6).articleUrl("https://news.example/" + key).feedName("Test feed")
                .publishedAt(Instant.parse("2026-11-28T10:00:00Z")).build();
    }

    private static StoryAlert agreed(StoryAlert story) {
        return story.toBuilder().update(StoryUpdate.STAGE_CHANGE).stage("agreed").build();
    }

    private static StoryAlert secondOutlet(StoryAlert story) {
        return story.toBuilder().update(StoryUpdate.NEW_SOURCE).reports(2)
                .sources(List.of(new SourceRef("Casey Reporter", "2"), new SourceRef("Other Outlet", "3")))
                .latestSources(List.of(new SourceRef("Other Outlet", "3"))).build();
    }

    private void publish(StoryAlert story) {
        bot.bean(AlertPublisher.class).publish(story);
    }

    private List<OutboxRow> rows(FakeChannel channel) {
        return bot.bean(OutboxStore.class).all().stream().filter(r -> r.channelId().equals(channel.id())).toList();
    }

    private OutboxRow awaitRow(FakeChannel channel, OutboxAction action, OutboxRow.Status status) {
        return fake.await(action + " " + status + " in " + channel, () -> rows(channel).stream()
                .filter(r -> r.action() == action && r.status() == status).findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
    }

    private List<PostedMessage> adminNoticesAbout(FakeChannel channel) {
        return fake.messagesIn(admin.id()).stream().filter(m -> m.content().contains(channel.id())).toList();
    }

    private static String title(PostedMessage message) {
        return message.embeds().get(0).path("title").asText();
    }

    @Test
    @DisplayName("as: thread — the first alert starts a thread on its message; stage changes go in it, new outlets edit the message")
    void threadPerStory() {
        FakeChannel channel = channel("threads");
        StoryAlert story = story("threads", "1", "Tomas Brennan → Real Madrid");

        // WHEN a story is published, then agreed, then reported by a second outlet
        publish(story);
        PostedMessage first = fake.awaitMessagesIn(channel.id(), 1).get(0);
        FakeChannel thread = fake.awaitThreadsIn(channel, 1).get(0);
        publish(agreed(story));
        PostedMessage update = fake.awaitMessagesIn(thread.id(), 1).get(0);
        publish(secondOutlet(story));
        fake.await("the channel message edited", () -> fake.messagesIn(channel.id()).stream().filter(m -> m.edits() == 1)
                .findFirst(), FakeDiscord.DEFAULT_TIMEOUT);

        // THEN the thread is on the story's message and named after it, the update is in the thread, and the
        // channel holds the one (edited) message
        assertThat(thread.id()).isEqualTo(first.id());
        assertThat(thread.name()).isEqualTo("🔄 Tomas Brennan → Real Madrid");
        assertThat(title(update)).startsWith("Update: agreed");
        assertThat(fake.messagesIn(channel.id())).singleElement().satisfies(m -> assertThat(m.text()).contains("Other Outlet"));
        assertThat(fake.threadsIn(channel)).hasSize(1);
        assertThat(bot.bean(OutboxStore.class).targets().thread(channel.id(), story.storyKey())).contains(thread.id());
    }

    @Test
    @DisplayName("as: thread — Discord starts the thread but the answer is lost: the retry finds it, no second thread")
    void lostThreadAnswerMakesNoSecondThread() {
        FakeChannel channel = channel("lost-thread");
        // GIVEN Discord will start the thread but answer 500
        fake.acceptThenFail("POST", "/channels/" + channel.id() + "/messages/\\d+/threads", FakeFailure.serverError());
        StoryAlert story = story("lost-thread", "1", "Lost answer story");

        // WHEN a story is published, and later agreed
        publish(story);
        OutboxRow started = awaitRow(channel, OutboxAction.THREAD, OutboxRow.Status.SENT);
        publish(agreed(story));

        // THEN the retry took the thread Discord had made: one thread, and the update is in it
        FakeChannel thread = fake.threadsIn(channel).get(0);
        fake.awaitMessagesIn(thread.id(), 1);
        assertThat(started.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(fake.threadsIn(channel)).hasSize(1);
        assertThat(fake.messagesIn(channel.id())).hasSize(1);
    }

    @Test
    @DisplayName("as: thread — Discord refuses the thread (50013): the row is parked, the channel paused, the admins told once")
    void threadRefusedParksAndTellsAdminsOnce() {
        FakeChannel channel = channel("no-threads");
        fake.failAlways("POST", "/channels/" + channel.id() + "/messages/\\d+/threads", FakeFailure.missingPermissions());

        publish(story("no-threads", "1", "Refused thread story"));

        OutboxRow parked = awaitRow(channel, OutboxAction.THREAD, OutboxRow.Status.PARKED);
        assertThat(parked.lastError()).contains("50013");
        assertThat(bot.bean(SubscriptionStore.class).forChannel(channel.id())).allMatch(s -> s.paused());
        fake.await("the admins told", () -> adminNoticesAbout(channel).stream().findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        publish(story("no-threads", "2", "A second story while paused"));
        assertThat(adminNoticesAbout(channel)).hasSize(1);
        assertThat(fake.messagesIn(channel.id())).hasSize(1);
        assertThat(fake.threadsIn(channel)).isEmpty();
    }

    @Test
    @DisplayName("as: forum — one post per story tagged with club and stage (missing tags created); updates reply in it")
    void forumPostPerStory() {
        FakeChannel forum = channel("forum");
        StoryAlert story = story("forum", "1", "Tomas Brennan → Real Madrid");

        publish(story);
        FakeChannel post = fake.awaitThreadsIn(forum, 1).get(0);
        publish(agreed(story));
        fake.awaitMessagesIn(post.id(), 2);
        publish(secondOutlet(story));
        fake.await("the post's first message edited", () -> fake.messagesIn(post.id()).stream().filter(m -> m.edits() == 1)
                .findFirst(), FakeDiscord.DEFAULT_TIMEOUT);

        // THEN the post is named after the story, its first message (the post's id) carries the alert and is edited,
        // the stage change is a message in the post, and the tags are the club, the other club and the stage
        assertThat(post.name()).isEqualTo("🔄 Tomas Brennan → Real Madrid");
        List<PostedMessage> inPost = fake.messagesIn(post.id());
        assertThat(inPost).hasSize(2);
        assertThat(inPost.get(0).id()).isEqualTo(post.id());
        assertThat(inPost.get(0).text()).contains("Other Outlet");
        assertThat(title(inPost.get(1))).startsWith("Update: agreed");
        assertThat(fake.tagNames(post)).containsExactlyInAnyOrder("Forum FC", "Real Madrid", "talks");
        assertThat(forum.availableTags()).extracting(FakeChannel.Tag::name).containsExactly("Real Madrid", "Forum FC", "talks");
        assertThat(fake.threadsIn(forum)).hasSize(1);
        assertThat(adminNoticesAbout(forum)).isEmpty();
    }

    @Test
    @DisplayName("as: forum — the bot may not manage the forum: posts carry the tags there are, the admins are told once")
    void forumTagsSkippedWithOneNotice() {
        FakeChannel forum = channel("unmanaged-forum");

        publish(story("unmanaged-forum", "1", "First unmanaged story"));
        publish(story("unmanaged-forum", "2", "Second unmanaged story"));

        List<FakeChannel> posts = fake.awaitThreadsIn(forum, 2);
        assertThat(posts).allSatisfy(post -> assertThat(fake.tagNames(post)).containsExactly("Real Madrid"));
        assertThat(forum.availableTags()).extracting(FakeChannel.Tag::name).containsExactly("Real Madrid");
        PostedMessage notice = fake.await("the admins told", () -> adminNoticesAbout(forum).stream().findFirst(),
                FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(notice.content()).contains("Manage Channels");
        awaitRow(forum, OutboxAction.POST, OutboxRow.Status.SENT);
        fake.await("both posts recorded", () -> rows(forum).stream().allMatch(r -> r.status() == OutboxRow.Status.SENT)
                ? Optional.of(true) : Optional.empty(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(adminNoticesAbout(forum)).hasSize(1);
        assertThat(fake.requests("PATCH", "/channels/" + forum.id())).isEmpty();
    }

    @Test
    @DisplayName("as: forum — Discord makes the post but the answer is lost (500): the retry finds it, no second post")
    void lostForumAnswerMakesNoSecondPost() {
        FakeChannel forum = channel("lost-forum");
        fake.acceptThenFail("POST", "/channels/" + forum.id() + "/threads", FakeFailure.serverError());
        StoryAlert story = story("lost-forum", "1", "Lost forum story");

        publish(story);
        OutboxRow posted = fake.await("the post recorded", () -> rows(forum).stream()
                .filter(r -> r.action() == OutboxAction.POST && r.status() == OutboxRow.Status.SENT).findFirst(),
                FakeDiscord.DEFAULT_TIMEOUT);
        publish(agreed(story));

        FakeChannel post = fake.threadsIn(forum).get(0);
        fake.awaitMessagesIn(post.id(), 2);
        assertThat(posted.messageId()).isEqualTo(post.id());
        assertThat(fake.threadsIn(forum)).hasSize(1);
        assertThat(fake.requests("POST", "/channels/" + forum.id() + "/threads")).hasSize(1);
    }

    @Test
    @DisplayName("as: forum — Discord refuses the post (50013): it is parked, kept, and the admins told once")
    void forumRefusedParks() {
        FakeChannel forum = channel("shut-forum");
        fake.failAlways("POST", "/channels/" + forum.id() + "/threads", FakeFailure.missingPermissions());

        publish(story("shut-forum", "1", "Refused forum story"));

        OutboxRow parked = awaitRow(forum, OutboxAction.POST, OutboxRow.Status.PARKED);
        assertThat(parked.lastError()).contains("50013");
        fake.await("the admins told", () -> adminNoticesAbout(forum).stream().findFirst(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(adminNoticesAbout(forum)).hasSize(1);
        assertThat(fake.threadsIn(forum)).isEmpty();
    }

    @Test
    @DisplayName("as: announcement — every new message (first alert and stage change) is published once")
    void announcementsArePublished() {
        FakeChannel news = channel("news");
        StoryAlert story = story("news", "1", "Published story");
        // GIVEN Discord rate-limits the first publish (429 with Retry-After)
        fake.failNext("POST", "/channels/" + news.id() + "/messages/\\d+/crosspost", FakeFailure.rateLimited(Duration.ofSeconds(1)));

        publish(story);
        fake.awaitMessagesIn(news.id(), 1);
        publish(agreed(story));
        List<PostedMessage> messages = fake.awaitMessagesIn(news.id(), 2);
        List<String> published = fake.awaitPublishedIn(news.id(), 2);

        assertThat(published).containsExactly(messages.get(0).id(), messages.get(1).id());
        assertThat(fake.requests("POST", "/channels/" + news.id() + "/messages/\\d+/crosspost").stream()
                .filter(r -> r.status() == 429).count()).isEqualTo(1);
        fake.await("both publishes recorded", () -> rows(news).stream().filter(r -> r.action() == OutboxAction.PUBLISH
                && r.status() == OutboxRow.Status.SENT).count() == 2 ? Optional.of(true) : Optional.empty(), FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(rows(news)).filteredOn(r -> r.action() == OutboxAction.PUBLISH).hasSize(2);
    }

    @Test
    @DisplayName("as: announcement — past 10 publishes an hour the alerts still go out, the 11th publish waits in the outbox")
    void publishLimitQueuesInsteadOfDropping() {
        FakeChannel news = channel("busy-news");

        // WHEN eleven stories reach the channel within the hour
        for (int i = 1; i <= 11; i++) {
            publish(story("busy-news", Integer.toString(i), "Busy story " + i));
        }

        // THEN all eleven messages are posted, ten published, and the eleventh publish waits about an hour —
        // queued, not dropped, and never sent to Discord to be refused; the admins hear it once
        fake.awaitMessagesIn(news.id(), 11);
        fake.awaitPublishedIn(news.id(), 10);
        OutboxRow waiting = fake.await("the eleventh publish held back", () -> rows(news).stream()
                .filter(r -> r.action() == OutboxAction.PUBLISH && r.status() == OutboxRow.Status.PENDING
                        && r.nextAttemptAt().isAfter(Instant.now().plus(Duration.ofMinutes(50)))).findFirst(),
                FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(waiting.messageId()).isEqualTo(fake.messagesIn(news.id()).get(10).id());
        assertThat(fake.publishedIn(news.id())).hasSize(10).doesNotContain(waiting.messageId());
        assertThat(fake.requests("POST", "/channels/" + news.id() + "/messages/\\d+/crosspost")).hasSize(10);
        PostedMessage notice = fake.await("the admins told", () -> adminNoticesAbout(news).stream().findFirst(),
                FakeDiscord.DEFAULT_TIMEOUT);
        assertThat(notice.content()).contains("10 published messages an hour");
        assertThat(adminNoticesAbout(news)).hasSize(1);
    }

    @Test
    @DisplayName("as: announcement — Discord's own publish limit (429 beyond it) delays publishes; each is done once")
    void discordsPublishLimitDelaysPublishes() {
        FakeChannel news = channel("limited-news");
        // GIVEN Discord allows one publish every two seconds in the channel
        fake.limitPublishes(1, Duration.ofSeconds(2));
        try {
            publish(story("limited-news", "1", "Limited story one"));
            publish(story("limited-news", "2", "Limited story two"));

            List<String> published = fake.awaitPublishedIn(news.id(), 2);
            assertThat(published).containsExactlyElementsOf(fake.messagesIn(news.id()).stream().map(PostedMessage::id).toList());
            assertThat(fake.requests("POST", "/channels/" + news.id() + "/messages/\\d+/crosspost").stream()
                    .filter(r -> r.status() == 429)).isNotEmpty();
        } finally {
            fake.limitPublishes(10, Duration.ofHours(1));
        }
    }

    @Test
    @DisplayName("/alerts follow as:thread posts the channel's stories with a thread each; an unknown target is refused")
    void followAsThread() {
        FakeChannel channel = channel("follow-thread");
        // GIVEN a manager follows a player in the channel, as threads
        var followed = fake.interaction("alerts").subcommand("follow").option("player", "Aaron Followthread")
                .option("as", "thread").in(channel).withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();
        var refused = fake.interaction("alerts").subcommand("follow").option("player", "Aaron Followthread")
                .option("as", "sideways").in(channel).withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();
        var listed = fake.interaction("alerts").subcommand("list").in(channel)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();

        // WHEN a story about the player is published
        publish(story("follow-thread", "1", "Aaron Followthread → Real Madrid").toBuilder()
                .players(List.of("Aaron Followthread")).build());

        // THEN the answers say so, and the story gets its message and a thread on it
        assertThat(followed.content()).contains("follows Aaron Followthread").contains("thread");
        assertThat(refused.content()).contains("sideways").contains("message, thread, forum or announcement");
        assertThat(listed.content()).contains("posted as thread");
        PostedMessage first = fake.awaitMessagesIn(channel.id(), 1).get(0);
        assertThat(fake.awaitThreadsIn(channel, 1)).extracting(FakeChannel::id).containsExactly(first.id());
    }
}
