package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole loop with real JDA: a channel follows Liverpool by slash command, a rumour appears in a
 * feed served on loopback, the engine recognises it, and exactly one alert reaches the fake Discord;
 * the same story from a second outlet's feed edits that alert. Articles are our own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RumourAlertsEndToEndTest {

    private static final String UNRELATED = item("old-1", "Northport beat Southby in the cup",
            "Northport won 2-0 at home on Saturday with two late goals.", Instant.now().minus(Duration.ofHours(3)));

    private final AtomicReference<String> clubFeed = new AtomicReference<>(rss("Kopite Daily", UNRELATED));
    private final AtomicReference<String> wireFeed = new AtomicReference<>(rss("Wire Service", UNRELATED));
    private final LoopbackHttpServer feeds = new LoopbackHttpServer()
            .handle("/kopite.xml", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    clubFeed.get().getBytes(StandardCharsets.UTF_8)))
            .handle("/wire.xml", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    wireFeed.get().getBytes(StandardCharsets.UTF_8)));
    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel channel;
    private FakeChannel second;

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("liverpool-transfers")
                .withTextChannel("second")).start();
        channel = fake.guild("Kop").channel("liverpool-transfers");
        second = fake.guild("Kop").channel("second");
        int port = feeds.url("/").getPort();
        bot = RunningBot.against(fake)
                .withAllowedPrivateHost("localhost")
                .withFeed("http://localhost:" + port + "/kopite.xml", "Kopite Daily")
                .withFeed("http://localhost:" + port + "/wire.xml", "Wire Service")
                .start();
        // The first poll of a new feed marks what is already there as seen: nothing is posted for it.
        FeedStateStore states = bot.bean(FeedStateStore.class);
        fake.await("both feeds polled once", () -> states.health().stream().allMatch(h -> h.state().lastSuccessAt() != null)
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
    @DisplayName("follow Liverpool → a Konaté rumour in a feed → one alert; the same story from a second outlet → an edit")
    void rumourBecomesOneAlertThenAnEdit() {
        // GIVEN the channel follows Liverpool, set up by a manager with /alerts
        var reply = fake.interaction("alerts").subcommand("follow").option("club", "the Reds").by(FakeUser.named("admin"))
                .in(channel).withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();
        assertThat(reply.content()).isEqualTo("This channel now follows Liverpool.");

        // WHEN the club feed publishes a rumour about Konaté
        clubFeed.set(rss("Kopite Daily", item("konate-1", "Real Madrid confident of landing Konaté on a free",
                "Real Madrid are confident of signing Ibrahima Konaté from Liverpool on a free transfer next summer, "
                        + "according to Lewis Steele of Mail Sport. The France centre-back's contract at Anfield expires "
                        + "in June 2026 and talks over a new deal have stalled.", Instant.now().minus(Duration.ofMinutes(20)))
                + UNRELATED));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());

        // THEN exactly one alert arrives, with the move, a grounded summary, sources with tiers and his contract
        PostedMessage alert = fake.awaitMessagesIn(channel.id(), 1).get(0);
        JsonNode embed = alert.embeds().get(0);
        // Parentheses are escaped in the payload (no masked links from feed text); Discord shows "(from Liverpool)".
        assertThat(embed.path("title").asText()).isEqualTo("🔄 Ibrahima Konaté → Real Madrid \\(from Liverpool\\)");
        assertThat(embed.path("description").asText()).contains("Konaté").contains("Real Madrid");
        assertThat(alert.text()).contains("Lewis Steele (tier").contains("Mail Sport (tier")
                .contains("Liverpool, until 30 Jun 2026");
        assertThat(embed.path("url").asText()).isEqualTo("https://kopite.example/konate-1");
        assertThat(alert.allowedMentions().path("parse")).isEmpty();

        // WHEN a second outlet reports the same story in another feed
        wireFeed.set(rss("Wire Service", item("konate-2", "Konaté keen on Madrid switch",
                "Ibrahima Konaté is keen on a move to Real Madrid when his Liverpool contract runs out, The Athletic "
                        + "reports. The Spanish giants have made the defender a priority target.",
                Instant.now().minus(Duration.ofMinutes(5))) + UNRELATED));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());

        // THEN the alert is edited to name the new source, and still only one message exists
        PostedMessage edited = fake.await("the alert edited", () -> fake.messagesIn(channel.id()).stream()
                .filter(m -> m.edits() >= 1).findFirst(), Duration.ofSeconds(90));
        assertThat(edited.text()).contains("Also reported by").contains("The Athletic");
        assertThat(fake.messagesIn(channel.id())).hasSize(1);
    }

    @Test
    @DisplayName("@everyone and markdown in a feed's headline and text reach the alert escaped, and nobody is pinged")
    void hostileFeedTextPingsNobody() {
        // GIVEN a second channel following Liverpool
        fake.interaction("alerts").subcommand("follow").option("club", "Liverpool").by(FakeUser.named("admin"))
                .in(second).withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();

        // WHEN the club feed carries a rumour whose title and text try to ping everyone
        clubFeed.set(rss("Kopite Daily", item("robertson-1", "@everyone **BREAKING** Robertson set for Juventus switch",
                "@everyone Liverpool left-back Andrew Robertson is set to join Juventus in January, according to "
                        + "Fabrizio Romano. The Scotland captain has been offered a two-year deal in Turin.",
                Instant.now().minus(Duration.ofMinutes(2))) + UNRELATED));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());

        // THEN the alert shows the text escaped and its allowed_mentions allow nobody
        PostedMessage alert = fake.await("the Robertson alert", () -> fake.messagesIn(second.id()).stream()
                .filter(m -> m.embeds().get(0).path("title").asText().contains("Robertson")).findFirst(),
                Duration.ofSeconds(90));
        assertThat(alert.embeds().get(0).path("title").asText()).isEqualTo("🔄 Andrew Robertson → Juventus \\(from Liverpool\\)");
        assertThat(alert.text()).doesNotContain("@everyone").contains("@\u200Beveryone");
        assertThat(alert.content()).isEmpty();
        assertThat(alert.allowedMentions().path("parse")).isEmpty();
        assertThat(alert.message().path("mention_everyone").asBoolean()).isFalse();
    }

    private static String rss(String title, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://example.org/</link>" + items + "</channel></rss>";
    }

    private static String item(String id, String title, String text, Instant published) {
        String host = id.startsWith("konate-2") ? "wire.example" : "kopite.example";
        title = title.replace("&", "&amp;").replace("<", "&lt;");
        text = text.replace("&", "&amp;").replace("<", "&lt;");
        return "<item><title>" + title + "</title><link>https://" + host + "/" + id + "</link><guid>" + id
                + "</guid><pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC))
                + "</pubDate><description>" + text + "</description></item>";
    }
}
