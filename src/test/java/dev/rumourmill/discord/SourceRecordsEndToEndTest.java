package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.SourceRecords;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Outcome-learned records through real JDA and the fake Discord: a rumour by Mail Sport becomes official, so Mail Sport
 * scores a hit on this server; its next story's alert shows "1/1 on this server" and /sources lists it; that story is
 * then denied, a miss. Articles are our own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceRecordsEndToEndTest {

    private static final String UNRELATED = item("old-1", "Northport beat Southby in the cup",
            "Northport won 2-0 at home on Saturday with two late goals.", Instant.now().minus(Duration.ofHours(3)));

    private final AtomicReference<String> feed = new AtomicReference<>(rss(UNRELATED));
    private final LoopbackHttpServer feeds = new LoopbackHttpServer()
            .handle("/news.xml", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml",
                    feed.get().getBytes(StandardCharsets.UTF_8)));
    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel channel;

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("transfers")).start();
        channel = fake.guild("Kop").channel("transfers");
        bot = RunningBot.against(fake)
                .withAllowedPrivateHost("localhost")
                .withFeed("http://localhost:" + feeds.url("/").getPort() + "/news.xml", "Kopite Daily")
                .start();
        FeedStateStore states = bot.bean(FeedStateStore.class);
        fake.await("the feed polled once", () -> states.health().stream().allMatch(h -> h.state().lastSuccessAt() != null)
                ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(90));
        fake.interaction("alerts").subcommand("follow").option("club", "Liverpool").by(FakeUser.named("admin"))
                .in(channel).withMemberPermissions(FakePermission.MANAGE_GUILD).send().awaitReply();
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
    @DisplayName("rumour → official credits Mail Sport, the next alert and /sources show 1/1; a denial then makes it 1/2")
    void recordsFollowOutcomes() {
        // GIVEN Mail Sport reports a Konaté rumour, posted without a record (nothing settled yet)
        publish(item("konate-1", "Real Madrid confident of landing Konaté on a free",
                "Real Madrid are confident of signing Ibrahima Konaté from Liverpool on a free transfer next summer, "
                        + "according to Lewis Steele of Mail Sport. The France centre-back's contract at Anfield expires "
                        + "in June 2026 and talks over a new deal have stalled.", minutesAgo(30)));
        PostedMessage rumour = fake.awaitMessagesIn(channel.id(), 1).get(0);
        assertThat(rumour.text()).contains("Mail Sport (tier 3)").doesNotContain("on this server");
        assertThat(sources().message().toString()).contains("Mail Sport").contains("no record yet").contains("1 open");

        // WHEN the club makes it official
        publish(item("konate-2", "Konaté joins Real Madrid", "Real Madrid have completed the signing of Ibrahima Konaté "
                + "from Liverpool. The club confirmed the defender has signed a contract until 2031 after passing his "
                + "medical.", minutesAgo(20)));

        // THEN the official update already credits the sources that called it
        PostedMessage official = fake.awaitMessagesIn(channel.id(), 2).get(1);
        assertThat(official.text()).contains("official").contains("Mail Sport (tier 3 · 1/1 on this server)")
                .contains("Lewis Steele (tier 2 · 1/1 on this server)");

        // WHEN Mail Sport reports another story
        publish(item("robertson-1", "Robertson set for Juventus switch", "Liverpool left-back Andrew Robertson is set "
                + "to join Juventus in January, according to Mail Sport. The Scotland captain has been offered a two-year "
                + "deal in Turin.", minutesAgo(10)));

        // THEN its alert shows Mail Sport's record, and /sources lists it with tier and record
        PostedMessage next = fake.awaitMessagesIn(channel.id(), 3).get(2);
        assertThat(next.text()).contains("Robertson").contains("Mail Sport (tier 3 · 1/1 on this server)");
        InteractionReply listed = sources();
        assertThat(listed.ephemeral()).isTrue();
        assertThat(listed.message().toString()).contains("**Mail Sport** · tier 3 · 1/1 · 1 open")
                .contains("**Lewis Steele** · tier 2 · 1/1");

        // WHEN Juventus deny it
        publish(item("robertson-2", "Juventus deny Robertson interest", "Juventus have denied any interest in Andrew "
                + "Robertson. A club spokesman said reports linking the Liverpool left-back with a move to Turin were "
                + "untrue and there have been no talks.", minutesAgo(5)));

        // THEN Mail Sport's record has the miss (the channel does not follow denials: records do not need an alert)
        SourceRecords records = bot.bean(SourceRecords.class);
        fake.await("Mail Sport's miss", () -> records.of(fake.guild("Kop").id()).stream()
                .filter(listing -> listing.name().equals("Mail Sport") && listing.record().misses() == 1).findFirst(),
                Duration.ofSeconds(60));
        assertThat(fake.messagesIn(channel.id())).hasSize(3);
        assertThat(sources().message().toString()).contains("**Mail Sport** · tier 3 · 1/2")
                .doesNotContain("open");
    }

    private InteractionReply sources() {
        return fake.interaction("sources").by(FakeUser.named("fan")).in(channel).send().awaitReply();
    }

    private void publish(String item) {
        feed.set(rss(item + UNRELATED));
        bot.bean(FeedStateStore.class).makeAllDue(Instant.now());
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(Duration.ofMinutes(minutes));
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Kopite Daily"
                + "</title><link>https://example.org/</link>" + items + "</channel></rss>";
    }

    private static String item(String id, String title, String text, Instant published) {
        return "<item><title>" + title + "</title><link>https://kopite.example/" + id + "</link><guid>" + id
                + "</guid><pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC))
                + "</pubDate><description>" + text + "</description></item>";
    }
}
