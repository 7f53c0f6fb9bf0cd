package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.AutocompleteChoice;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.FakeUser;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /feeds through real JDA and the fake Discord, with feeds served on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsCommandEndToEndTest {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Northport Gazette transfers</title><link>https://gazette.example/</link>
            <item><title>Northport weigh up move for winger</title><link>https://gazette.example/a</link>
            <guid>a</guid><pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item>
            <item><title>@everyone Keeper set to **extend** deal</title><link>https://gazette.example/b</link>
            <guid>b</guid><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    private final LoopbackHttpServer feeds = new LoopbackHttpServer()
            .serve("/transfers.xml", "application/rss+xml", FEED)
            .serve("/page.html", "text/html", "<!doctype html><html><body>Not a feed</body></html>");
    private FakeDiscord fake;
    private RunningBot bot;
    private final FakeUser admin = FakeUser.named("admin");

    @BeforeAll
    void start() {
        fake = FakeDiscord.start();
        // "localhost" is allow-listed like an admin would for a feed on their own network; 127.0.0.1 is not.
        bot = RunningBot.against(fake).withAllowedPrivateHost("localhost").start();
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
        URI url = feeds.url(path);
        return "http://localhost:" + url.getPort() + path;
    }

    private InteractionReply asAdmin(String subcommand, String option, Object value) {
        var interaction = fake.interaction("feeds").subcommand(subcommand).by(admin)
                .withMemberPermissions(FakePermission.MANAGE_GUILD);
        if (option != null) {
            interaction.option(option, value);
        }
        return interaction.send().awaitReply();
    }

    @Test
    @DisplayName("/feeds add checks the feed once, reports what it found, and the feed is then watched")
    void addListPreviewRemove() {
        String url = localhostUrl("/transfers.xml");

        InteractionReply added = asAdmin("add", "url", url);
        InteractionReply listed = asAdmin("list", null, null);
        InteractionReply preview = asAdmin("preview", "feed", url);
        List<AutocompleteChoice> choices = fake.interaction("feeds").subcommand("remove").by(admin)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).autocomplete("feed", "gazette").awaitChoices();
        InteractionReply removed = asAdmin("remove", "feed", url);

        assertThat(added.ephemeral()).isTrue();
        assertThat(added.content()).contains("Now watching \"Northport Gazette transfers\"").contains("2 entries found")
                .contains("@\u200Beveryone Keeper set to \\*\\*extend\\*\\* deal");
        assertThat(listed.text()).contains("Northport Gazette transfers").contains(url);
        assertThat(preview.content()).contains("Northport weigh up move for winger");
        assertThat(choices).extracting(AutocompleteChoice::name).containsExactly("Northport Gazette transfers");
        assertThat(removed.content()).isEqualTo("Stopped watching \"Northport Gazette transfers\".");
        assertThat(bot.bean(FeedRegistry.class).all()).isEmpty();
    }

    @Test
    @DisplayName("/feeds add http://127.0.0.1/... is refused: loopback addresses are not fetched unless allow-listed")
    void loopbackIsRefused() {
        InteractionReply reply = asAdmin("add", "url", feeds.url("/transfers.xml").toString());

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("Refused").contains("127.0.0.1").contains("allow-private-hosts");
        assertThat(feeds.requestsTo("/transfers.xml")).isZero();
        assertThat(bot.bean(FeedRegistry.class).all()).isEmpty();
    }

    @Test
    @DisplayName("/feeds add refuses other schemes and URLs with credentials, and a web page that is no feed")
    void badUrlsAreRefused() {
        assertThat(asAdmin("add", "url", "file:///etc/passwd").content()).contains("Only http:// and https://");
        assertThat(asAdmin("add", "url", "https://user:secret@news.example/rss").content()).contains("user name or password");
        assertThat(asAdmin("add", "url", localhostUrl("/page.html")).content()).containsIgnoringCase("web page");
        assertThat(bot.bean(FeedRegistry.class).all()).isEmpty();
    }

    @Test
    @DisplayName("a member without Manage Server cannot add a feed")
    void nonManagerIsRefused() {
        InteractionReply reply = fake.interaction("feeds").subcommand("add").option("url", localhostUrl("/transfers.xml"))
                .by(FakeUser.named("fan")).send().awaitReply();

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("Only members with the Manage Server permission");
        assertThat(bot.bean(FeedRegistry.class).all()).isEmpty();
    }
}
