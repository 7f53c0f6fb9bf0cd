package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.FakeUser;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.feeds.FeedStateStore;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Alerts follow feed ownership, through real JDA and the fake Discord with two servers and feeds on
 * loopback: a feed one server added alerts only that server's channels; a bot-config.yml feed without
 * {@code guilds:} alerts every server's. Articles are our own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsPerServerEndToEndTest {

    private static final String OLD = item("old-1", "Harbour Town beat Millbrook in the cup",
            "Harbour Town won 2-0 at home on Saturday with two late goals.", Instant.now().minus(Duration.ofHours(3)));

    private final AtomicReference<String> serverTwoFeed = new AtomicReference<>(rss("Server Two blog", OLD));
    private final AtomicReference<String> sharedFeed = new AtomicReference<>(rss("Everyone's wire", OLD));
    private final LoopbackHttpServer feeds = new LoopbackHttpServer()
            .handle("/two.xml", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    serverTwoFeed.get().getBytes(StandardCharsets.UTF_8)))
            .handle("/shared.xml", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    sharedFeed.get().getBytes(StandardCharsets.UTF_8)));
    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel serverOne;
    private FakeChannel serverTwo;

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder()
                .withGuild("Server One", guild -> guild.withTextChannel("transfers"))
                .withGuild("Server Two", guild -> guild.withTextChannel("rumours"))
                .start();
        serverOne = fake.guild("Server One").channels().get(0);
        serverTwo = fake.guild("Server Two").channels().get(0);
        bot = RunningBot.against(fake).withAllowedPrivateHost("localhost")
                .withFeed(localhostUrl("/shared.xml"), "Everyone's wire")
                .start();
        // Both channels follow Liverpool; server 2 also watches a feed of its own.
        FakeUser adminOne = FakeUser.named("admin-one");
        FakeUser adminTwo = FakeUser.named("admin-two");
        assertThat(run(adminOne, serverOne, "alerts", "follow", Map.of("club", "Liverpool"))).contains("Liverpool");
        assertThat(run(adminTwo, serverTwo, "alerts", "follow", Map.of("club", "Liverpool"))).contains("Liverpool");
        assertThat(run(adminTwo, serverTwo, "feeds", "add", Map.of("url", localhostUrl("/two.xml"), "name", "Server Two blog")))
                .contains("Now watching");
        // The first poll of a new feed marks what is already there as seen: nothing is posted for it.
        FeedStateStore states = bot.bean(FeedStateStore.class);
        fake.await("both feeds polled once", () -> states.health().size() == 2
                && states.health().stream().allMatch(h -> h.state().lastSuccessAt() != null)
                ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(90));
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
        feeds.close();
    }

    private String localhostUrl(String path) {
        return "http://localhost:" + feeds.url(path).getPort() + path;
    }

    private String run(FakeUser admin, FakeChannel channel, String command, String subcommand, Map<String, ?> options) {
        return fake.interaction(command).subcommand(subcommand).by(admin).in(channel)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).options(options).send().awaitReply().content();
    }

    @Test
    @DisplayName("server 2's own feed alerts server 2's channel only; a config feed without guilds: alerts both, "
            + "and its report of server 2's story is server 1's first message of it")
    void alertsFollowFeedOwnership() {
        // WHEN server 2's own feed reports a Konaté rumour
        serverTwoFeed.set(rss("Server Two blog", item("konate-1", "Real Madrid ready to move for Konaté",
                "Real Madrid are preparing an approach for Liverpool defender Ibrahima Konaté, Lewis Steele of "
                        + "Mail Sport reports. The centre-back's contract at Anfield runs out next summer.",
                Instant.now().minus(Duration.ofMinutes(20))) + OLD));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());

        // THEN server 2's channel gets it
        PostedMessage konate = fake.awaitMessagesIn(serverTwo.id(), 1).get(0);
        assertThat(konate.embeds().get(0).path("title").asText()).contains("Konaté");

        // WHEN the config feed every server shares reports another Liverpool story
        sharedFeed.set(rss("Everyone's wire", item("robertson-1", "Robertson set for Juventus switch",
                "Liverpool left-back Andrew Robertson is set to join Juventus in January, according to Fabrizio "
                        + "Romano. The Scotland captain has been offered a two-year deal in Turin.",
                Instant.now().minus(Duration.ofMinutes(5))) + OLD));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());

        // THEN both servers' channels get that one; server 1's channel never got server 2's Konaté story
        // (a channel's alerts go out in order, so a queued Konaté alert would have come first)
        List<PostedMessage> one = fake.awaitMessagesIn(serverOne.id(), 1);
        fake.await("the Robertson alert in server 2", () -> fake.messagesIn(serverTwo.id()).stream()
                .filter(m -> m.embeds().get(0).path("title").asText().contains("Robertson")).findFirst(),
                Duration.ofSeconds(90));
        assertThat(one).singleElement().satisfies(m ->
                assertThat(m.embeds().get(0).path("title").asText()).contains("Robertson").doesNotContain("Konaté"));
        assertThat(fake.messagesIn(serverOne.id())).noneMatch(m -> m.text().contains("Konaté"));
        assertThat(fake.messagesIn(serverTwo.id())).hasSize(2);

        // WHEN the shared feed then reports the Konaté story too, from another outlet
        sharedFeed.set(rss("Everyone's wire", item("konate-2", "Konaté keen on Madrid switch",
                "Ibrahima Konaté is keen on a move to Real Madrid when his Liverpool contract runs out, The Athletic "
                        + "reports. The Spanish club see the defender as a priority target.",
                Instant.now().minus(Duration.ofMinutes(2))) + OLD));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());

        // THEN server 1 gets the whole story as its first Konaté message, and server 2's message is edited
        PostedMessage caughtUp = fake.awaitMessagesIn(serverOne.id(), 2).get(1);
        assertThat(caughtUp.embeds().get(0).path("title").asText()).contains("Konaté");
        assertThat(caughtUp.embeds().get(0).path("url").asText()).isEqualTo("https://blog.example/konate-2");
        fake.await("server 2's Konaté alert edited", () -> fake.messagesIn(serverTwo.id()).stream()
                .filter(m -> m.edits() >= 1).findFirst(), Duration.ofSeconds(90));
        assertThat(fake.messagesIn(serverTwo.id())).hasSize(2);
    }

    private static String rss(String title, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://example.org/</link>" + items + "</channel></rss>";
    }

    private static String item(String id, String title, String text, Instant published) {
        return "<item><title>" + title + "</title><link>https://blog.example/" + id + "</link><guid>" + id
                + "</guid><pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC))
                + "</pubDate><description>" + text + "</description></item>";
    }
}
