package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.OutboxAction;
import dev.rumourmill.alerts.OutboxRow;
import dev.rumourmill.alerts.OutboxStore;
import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.feeds.NewEntryHandler;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import dev.rumourmill.testsupport.TestDatabase;
import dev.rumourmill.testsupport.FeedEntries;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, story half: the same story from two feeds at the same instant is one first message per channel
 * (then edits), in one process and in two sharing PostgreSQL; and a restart between two outlets keeps the
 * story, so the edit lists both sources. Entries go through the app's own pipeline in a transaction, as the
 * feed poller hands them on.
 */
class StoryRaceEndToEndTest {

    private static final List<String> CLUBS = List.of("Real Madrid", "Barcelona", "Bayern Munich", "Juventus", "Napoli",
            "Arsenal", "Chelsea", "Manchester City", "Manchester United", "Tottenham Hotspur", "Newcastle United",
            "Aston Villa", "Atlético Madrid", "Real Sociedad", "Sevilla", "Villarreal", "Valencia", "Celtic", "Everton",
            "Brentford");
    private static final String MAIL = "/mail.xml";
    private static final String WIRE = "/wire.xml";
    private static final String EMPTY_FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>Empty</title><link>https://example.org/</link></channel></rss>";

    /** Both feeds are bot-config.yml feeds of every server (alerts follow feed ownership), served empty on loopback. */
    private final LoopbackHttpServer feeds = new LoopbackHttpServer()
            .serve(MAIL, "application/rss+xml", EMPTY_FEED)
            .serve(WIRE, "application/rss+xml", EMPTY_FEED);

    @AfterEach
    void closeFeeds() {
        feeds.close();
    }

    private String url(String path) {
        return "http://localhost:" + feeds.url(path).getPort() + path;
    }

    private RunningBot.Builder withFeeds(RunningBot.Builder bot) {
        return bot.withAllowedPrivateHost("localhost").withFeed(url(MAIL), "Mail feed").withFeed(url(WIRE), "Wire feed");
    }

    private static FeedEntry mailStory(String club, Instant at) {
        return FeedEntries.article("mail-" + club, club + " open talks over Konaté", "https://mail.example/" + club.hashCode(),
                at, club + " are in talks to sign Ibrahima Konaté from Liverpool, according to Lewis Steele of "
                        + "Mail Sport. The centre-back's contract runs out next summer.");
    }

    private static FeedEntry wireStory(String club, Instant at) {
        // The same stage (talks) as the other outlet's report: a new source, so an edit rather than a stage reply.
        return FeedEntries.article("wire-" + club, "Konaté talks with " + club, "https://wire.example/" + club.hashCode(),
                at, club + " have opened talks with the camp of Ibrahima Konaté over a summer move from "
                        + "Liverpool, The Athletic reports. The defender has been made a priority target.");
    }

    /** Hands one entry of a registered feed to the bot's rumour pipeline inside a transaction, as the feed poller does. */
    private void handle(RunningBot bot, String feedPath, FeedEntry entry) {
        FeedSource feed = bot.bean(FeedRegistry.class).find(URI.create(url(feedPath))).orElseThrow();
        NewEntryHandler pipeline = bot.context().getBeansOfType(NewEntryHandler.class).values().stream()
                .filter(handler -> handler.getClass().getSimpleName().startsWith("RumourAlertPipeline"))
                .findFirst().orElseThrow();
        new TransactionTemplate(bot.bean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> pipeline.handle(feed, entry));
    }

    private static AlertRouteProperties everything(FakeChannel channel) {
        // No hourly cap in the way: 20 stories and their stage-change replies arrive within minutes.
        return new AlertRouteProperties(channel.id(), null, null, null, null, null, null, new AlertRouteProperties.Post(null, null, 1000, null));
    }

    @Test
    @DisplayName("the same story from two feeds at the same instant, 20 rounds, one process: one first message per story, the second outlet as an edit")
    void raceInOneProcess() throws Exception {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            try (RunningBot bot = withFeeds(RunningBot.against(fake)).withAlertRoute(everything(channel)).start()) {
                race(fake, channel, bot, bot);
            }
        }
    }

    @Test
    @DisplayName("the same story from two feeds at the same instant, 20 rounds, two processes on PostgreSQL: one first message per story, the second outlet as an edit")
    void raceInTwoProcesses() throws Exception {
        String database = TestDatabase.migratedPostgresUrl();
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            RunningBot.Builder common = withFeeds(RunningBot.against(fake)).withStorage(database, TestDatabase.POSTGRES_USER)
                    .withAlertRoute(everything(channel));
            try (RunningBot first = common.start(); RunningBot second = common.start()) {
                race(fake, channel, first, second);
            }
        }
    }

    private void race(FakeDiscord fake, FakeChannel channel, RunningBot mailSide, RunningBot wireSide)
            throws Exception {
        // GIVEN a channel following everything and two feeds that carry each story at the same instant
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Instant at = Instant.now().minus(Duration.ofMinutes(30));
            for (String club : CLUBS) {
                // WHEN both feeds hand their entry on at once
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> mail = threads.submit(() -> {
                    together.await();
                    handle(mailSide, MAIL, mailStory(club, at));
                    return null;
                });
                Future<?> wire = threads.submit(() -> {
                    together.await();
                    handle(wireSide, WIRE, wireStory(club, at));
                    return null;
                });
                mail.get();
                wire.get();
            }
        } finally {
            threads.shutdownNow();
        }

        // THEN each story has exactly one first message, which ends up naming both outlets
        OutboxStore outbox = mailSide.bean(OutboxStore.class);
        fake.await("every alert sent", () -> {
            List<OutboxRow> rows = outbox.all();
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.status() == OutboxRow.Status.SENT)
                    ? Optional.of(rows) : Optional.empty();
        }, Duration.ofSeconds(120));
        Map<String, Long> postsPerStory = outbox.all().stream().filter(r -> r.action() == OutboxAction.POST)
                .collect(Collectors.groupingBy(OutboxRow::storyKey, Collectors.counting()));
        assertThat(postsPerStory).hasSize(CLUBS.size()).allSatisfy((story, posts) -> assertThat(posts).isEqualTo(1));
        List<PostedMessage> firstMessages = fake.messagesIn(channel.id()).stream()
                .filter(message -> message.request().path("message_reference").isMissingNode()
                        || message.request().path("message_reference").isNull())
                .toList();
        assertThat(firstMessages).hasSize(CLUBS.size());
        assertThat(firstMessages).extracting(message -> message.embeds().get(0).path("title").asText())
                .doesNotHaveDuplicates();
        assertThat(firstMessages).allSatisfy(message ->
                assertThat(message.text()).contains("Lewis Steele").contains("The Athletic").contains("2 reports"));
    }

    @Test
    @DisplayName("a restart between the first and the second outlet: the edited alert lists both sources")
    void restartBetweenOutlets() {
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start()) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            String database = TestDatabase.migratedH2Url("outlets");
            Instant at = Instant.now().minus(Duration.ofMinutes(30));

            // GIVEN the first outlet's report was posted by a bot that then stopped
            try (RunningBot first = withFeeds(RunningBot.against(fake)).withStorage(database).withAlertRoute(everything(channel)).start()) {
                handle(first, MAIL, mailStory("Real Madrid", at));
                fake.awaitMessagesIn(channel.id(), 1);
            }

            // WHEN the second outlet reports the story to the restarted bot
            try (RunningBot second = withFeeds(RunningBot.against(fake)).withStorage(database).withAlertRoute(everything(channel)).start()) {
                handle(second, WIRE, wireStory("Real Madrid", at.plusSeconds(60)));

                // THEN the one alert is edited and lists both sources, counted as two reports
                PostedMessage edited = fake.await("the alert edited", () -> fake.messagesIn(channel.id()).stream()
                        .filter(m -> m.edits() >= 1).findFirst(), Duration.ofSeconds(30));
                assertThat(edited.text()).contains("Lewis Steele").contains("Mail Sport").contains("The Athletic")
                        .contains("2 reports");
                assertThat(fake.messagesIn(channel.id())).hasSize(1);
            }
        }
    }
}
