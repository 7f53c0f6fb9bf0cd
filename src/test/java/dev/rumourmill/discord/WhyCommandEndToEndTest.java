package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.OutboxRow;
import dev.rumourmill.alerts.OutboxStore;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.FakeUser;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.feeds.FeedStateStore;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /why link:} through real JDA and the fake Discord, with two servers and feeds on loopback: a posted
 * article (with its message link) that another channel filtered, a parked one (with Discord's error), and an
 * article only another server's feed reported (answered as never seen). Articles are our own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhyCommandEndToEndTest {

    private static final String OLD = item("old-1", "Harbour Town beat Millbrook in the cup",
            "Harbour Town won 2-0 at home on Saturday with two late goals.", Instant.now().minus(Duration.ofHours(3)));

    private final AtomicReference<String> serverTwoFeed = new AtomicReference<>(rss("Server Two blog", OLD));
    private final AtomicReference<String> sharedFeed = new AtomicReference<>(rss("Everyone's wire", OLD));
    private final LoopbackHttpServer feeds = new LoopbackHttpServer()
            .handle("/two.xml", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    serverTwoFeed.get().getBytes(StandardCharsets.UTF_8)))
            .handle("/shared.xml", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    sharedFeed.get().getBytes(StandardCharsets.UTF_8)));
    private final FakeUser adminOne = FakeUser.named("admin-one");
    private final FakeUser adminTwo = FakeUser.named("admin-two");
    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel transfers;
    private FakeChannel arsenal;
    private FakeChannel locked;
    private FakeChannel serverTwo;

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder()
                .withGuild("Server One", guild -> guild.withTextChannel("transfers").withTextChannel("arsenal")
                        .withTextChannel("locked"))
                .withGuild("Server Two", guild -> guild.withTextChannel("rumours"))
                .start();
        transfers = fake.guild("Server One").channels().get(0);
        arsenal = fake.guild("Server One").channels().get(1);
        locked = fake.guild("Server One").channels().get(2);
        serverTwo = fake.guild("Server Two").channels().get(0);
        bot = RunningBot.against(fake).withAllowedPrivateHost("localhost")
                .withFeed(localhostUrl("/shared.xml"), "Everyone's wire")
                .start();
        assertThat(run(adminOne, transfers, "alerts", "follow", Map.of("club", "Liverpool"))).contains("Liverpool");
        assertThat(run(adminOne, arsenal, "alerts", "follow", Map.of("club", "Arsenal"))).contains("Arsenal");
        assertThat(run(adminOne, locked, "alerts", "follow", Map.of("club", "Juventus"))).contains("Juventus");
        assertThat(run(adminTwo, serverTwo, "alerts", "follow", Map.of("club", "Liverpool"))).contains("Liverpool");
        assertThat(run(adminTwo, serverTwo, "feeds", "add", Map.of("url", localhostUrl("/two.xml"), "name", "Server Two blog")))
                .contains("Now watching");
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

    @Test
    @DisplayName("a posted article: its feed, label and cues, new story, the message link in the channel that got it, "
            + "and the filter that stopped another channel; the other server sees only its own channel")
    void postedAndFiltered() {
        // GIVEN the shared feed reports a Konaté rumour, posted in #transfers (Liverpool) and in server 2
        sharedFeed.set(rss("Everyone's wire", item("konate-1", "Real Madrid ready to move for Konaté",
                "Real Madrid are preparing an approach for Liverpool defender Ibrahima Konaté, Lewis Steele of "
                        + "Mail Sport reports. The centre-back's contract at Anfield runs out next summer.",
                Instant.now().minus(Duration.ofMinutes(20))) + OLD));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());
        PostedMessage posted = awaitMessage(transfers, "Konaté");
        awaitMessage(serverTwo, "Konaté");

        // WHEN an admin of server 1 asks about it, pasting the link with tracking parameters and a trailing slash
        InteractionReply reply = why(adminOne, transfers, "https://www.blog.example/konate-1/?utm_source=rss&fbclid=x");

        // THEN the private answer names the feed, the label, the story, the message and the filter
        assertThat(reply.ephemeral()).isTrue();
        String text = reply.text();
        assertThat(text).contains("From Everyone's wire").contains("Label:** rumour").contains("label cues")
                .contains("started story \\#").contains("Konaté");
        assertThat(text).contains("<#" + transfers.id() + "> followed: this article queued an alert here — new message sent: "
                + "https://discord.com/channels/" + transfers.guildId() + "/" + transfers.id() + "/" + posted.id());
        assertThat(text).contains("<#" + arsenal.id() + "> not followed: this channel follows Arsenal");
        assertThat(text).doesNotContain(serverTwo.id()).doesNotContain("Server Two");

        // AND server 2 sees the same article with its own channel only
        String two = why(adminTwo, serverTwo, "https://blog.example/konate-1").text();
        assertThat(two).contains("<#" + serverTwo.id() + "> followed").doesNotContain(transfers.id())
                .doesNotContain(arsenal.id()).doesNotContain(locked.id());
    }

    @Test
    @DisplayName("a parked article: the channel's delivery state carries Discord's error")
    void parked() {
        // GIVEN the bot may not post in #locked (Juventus), and JDA has seen the change
        fake.denyInChannel(locked, FakePermission.SEND_MESSAGES);
        var jdaChannel = bot.session().shardManager().orElseThrow().getTextChannelById(locked.id());
        fake.await("JDA to see the new permissions", () -> jdaChannel.canTalk() ? Optional.empty() : Optional.of(true),
                FakeDiscord.DEFAULT_TIMEOUT);

        // WHEN the shared feed reports Robertson to Juventus, and the alert for #locked is parked
        sharedFeed.set(rss("Everyone's wire", item("robertson-1", "Robertson set for Juventus switch",
                "Liverpool left-back Andrew Robertson is set to join Juventus in January, according to Fabrizio "
                        + "Romano. The Scotland captain has been offered a two-year deal in Turin.",
                Instant.now().minus(Duration.ofMinutes(5))) + OLD));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());
        OutboxStore outbox = bot.bean(OutboxStore.class);
        fake.await("the #locked alert parked", () -> outbox.all().stream()
                .filter(r -> r.channelId().equals(locked.id()) && r.status() == OutboxRow.Status.PARKED).findFirst(),
                FakeDiscord.DEFAULT_TIMEOUT);

        // THEN /why shows it parked with the reason, beside the channel that got it
        String text = why(adminOne, transfers, "https://blog.example/robertson-1#comments").text();
        assertThat(text).contains("<#" + locked.id() + "> followed: this article queued an alert here — new message parked "
                + "(not sent):");
        assertThat(text.substring(text.indexOf("<#" + locked.id() + ">"))).containsIgnoringCase("permission");
        assertThat(text).contains("<#" + transfers.id() + "> followed");
    }

    @Test
    @DisplayName("an article only another server's feed reported is never seen here, and the answer lists this "
            + "server's feeds only; members without Manage Server are refused")
    void anotherServersArticle() {
        // GIVEN server 2's own feed reports a story
        serverTwoFeed.set(rss("Server Two blog", item("saka-1", "Real Madrid weigh move for Saka",
                "Real Madrid are weighing a move for Arsenal winger Bukayo Saka, The Athletic reports.",
                Instant.now().minus(Duration.ofMinutes(10))) + OLD));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());
        fake.await("server 2 has a decision about it", () -> why(adminTwo, serverTwo, "https://blog.example/saka-1").text()
                .contains("From Server Two blog") ? Optional.of(true) : Optional.empty(), FakeDiscord.DEFAULT_TIMEOUT);

        // WHEN server 1 asks about it
        String text = why(adminOne, arsenal, "https://blog.example/saka-1").text();

        // THEN it was never seen here, and only server 1's feeds are named
        assertThat(text).contains("Never seen").contains("Everyone's wire").doesNotContain("Server Two")
                .doesNotContain(serverTwo.id());

        // AND a member without Manage Server is refused by the server-side check
        String refused = fake.interaction("why").by(FakeUser.named("fan")).in(arsenal)
                .options(Map.of("link", "https://blog.example/saka-1")).send().awaitReply().text();
        assertThat(refused).contains("Manage Server").doesNotContain("Saka");
    }

    private InteractionReply why(FakeUser admin, FakeChannel channel, String link) {
        return fake.interaction("why").by(admin).in(channel).withMemberPermissions(FakePermission.MANAGE_GUILD)
                .options(Map.of("link", link)).send().awaitReply();
    }

    private PostedMessage awaitMessage(FakeChannel channel, String titlePart) {
        return fake.await(titlePart + " in " + channel.name(), () -> fake.messagesIn(channel.id()).stream()
                .filter(m -> m.text().contains(titlePart)).findFirst(), Duration.ofSeconds(90));
    }

    private String run(FakeUser admin, FakeChannel channel, String command, String subcommand, Map<String, ?> options) {
        return fake.interaction(command).subcommand(subcommand).by(admin).in(channel)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).options(options).send().awaitReply().content();
    }

    private String localhostUrl(String path) {
        return "http://localhost:" + feeds.url(path).getPort() + path;
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
