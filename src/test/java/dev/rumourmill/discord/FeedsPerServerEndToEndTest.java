package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.FeedProperties;
import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.FakePermission;
import dev.rumourmill.discord.fake.FakeUser;
import dev.rumourmill.discord.fake.InteractionReply;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two servers share one bot: each admin sees and changes only their own server's feeds and alert
 * subscriptions, through real JDA and the fake Discord, with feeds on loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsPerServerEndToEndTest {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Northport Gazette transfers</title><link>https://gazette.example/</link>
            <item><title>Northport weigh up move for winger</title><link>https://gazette.example/a</link>
            <guid>a</guid><pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    private final LoopbackHttpServer feeds = new LoopbackHttpServer()
            .serve("/one.xml", "application/rss+xml", FEED)
            .serve("/one-config.xml", "application/rss+xml", FEED)
            .serve("/shared-config.xml", "application/rss+xml", FEED);
    private FakeDiscord fake;
    private RunningBot bot;
    private FakeChannel serverOne;
    private FakeChannel serverTwo;
    private final FakeUser adminOne = FakeUser.named("admin-one");
    private final FakeUser adminTwo = FakeUser.named("admin-two");

    @BeforeAll
    void start() {
        fake = FakeDiscord.builder()
                .withGuild("Server One", guild -> guild.withTextChannel("transfers"))
                .withGuild("Server Two", guild -> guild.withTextChannel("rumours"))
                .start();
        serverOne = fake.guild("Server One").channels().get(0);
        serverTwo = fake.guild("Server Two").channels().get(0);
        bot = RunningBot.against(fake).withAllowedPrivateHost("localhost")
                .withFeed(new FeedProperties(URI.create(localhostUrl("/one-config.xml")), "Server One wire", null, null,
                        List.of(fake.guild("Server One").id())))
                .withFeed(new FeedProperties(URI.create(localhostUrl("/shared-config.xml")), "Everyone's wire", null, null, null))
                .start();
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

    private InteractionReply run(FakeUser admin, FakeChannel channel, String command, String subcommand, Map<String, ?> options) {
        return fake.interaction(command).subcommand(subcommand).by(admin).in(channel)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).options(options).send().awaitReply();
    }

    private boolean registered(String url) {
        return bot.bean(FeedRegistry.class).find(URI.create(url)).isPresent();
    }

    @Test
    @DisplayName("server 2's admin cannot list, preview, suggest or remove server 1's feeds, nor see its config feeds")
    void feedsAreScopedToTheirServer() {
        // GIVEN server 1 watches a feed it added
        String url = localhostUrl("/one.xml");
        assertThat(run(adminOne, serverOne, "feeds", "add", Map.of("url", url, "name", "Server One gazette")).content())
                .contains("Now watching");

        // WHEN server 2's admin lists, previews, autocompletes and removes it
        InteractionReply listTwo = run(adminTwo, serverTwo, "feeds", "list", Map.of());
        InteractionReply previewTwo = run(adminTwo, serverTwo, "feeds", "preview", Map.of("feed", url));
        var choicesTwo = fake.interaction("feeds").subcommand("remove").by(adminTwo).in(serverTwo)
                .withMemberPermissions(FakePermission.MANAGE_GUILD).autocomplete("feed", "").awaitChoices();
        InteractionReply removeByUrl = run(adminTwo, serverTwo, "feeds", "remove", Map.of("feed", url));
        InteractionReply removeByName = run(adminTwo, serverTwo, "feeds", "remove", Map.of("feed", "Server One gazette"));
        InteractionReply removeConfig = run(adminTwo, serverTwo, "feeds", "remove", Map.of("feed", "Server One wire"));
        InteractionReply listOne = run(adminOne, serverOne, "feeds", "list", Map.of());

        // THEN server 2 sees only the feed configured for every server; server 1's feeds are untouched
        assertThat(listTwo.text()).contains("Everyone's wire").doesNotContain(url).doesNotContain("Server One")
                .doesNotContain("one-config.xml");
        assertThat(previewTwo.content()).contains("No watched feed is called");
        assertThat(choicesTwo).extracting(choice -> choice.name()).containsExactly("Everyone's wire");
        assertThat(removeByUrl.content()).contains("No watched feed is called");
        assertThat(removeByName.content()).contains("No watched feed is called");
        assertThat(removeConfig.content()).contains("No watched feed is called");
        assertThat(listOne.text()).contains("Server One gazette").contains(url).contains("Server One wire")
                .contains("Everyone's wire");
        assertThat(registered(url)).isTrue();
    }

    @Test
    @DisplayName("a feed both servers add is fetched once; when server 2 removes it, server 1 keeps it")
    void sharedUrlBelongsToEachServerSeparately() {
        // GIVEN server 1 watches a feed and server 2 adds the same URL under its own name
        String url = localhostUrl("/one.xml");
        run(adminOne, serverOne, "feeds", "add", Map.of("url", url, "name", "Server One gazette"));
        InteractionReply added = run(adminTwo, serverTwo, "feeds", "add", Map.of("url", url, "name", "Renamed by two"));

        // WHEN server 2 removes it again
        InteractionReply removed = run(adminTwo, serverTwo, "feeds", "remove", Map.of("feed", url));

        // THEN it was one registered feed, whose name server 2 could not change, and server 1 still has it
        assertThat(added.content()).contains("Now watching");
        assertThat(removed.content()).startsWith("Stopped watching");
        List<FeedSource> registered = bot.bean(FeedRegistry.class).all().stream()
                .filter(feed -> feed.url().toString().equals(url)).toList();
        assertThat(registered).extracting(FeedSource::name).containsExactly("Server One gazette");
        assertThat(run(adminOne, serverOne, "feeds", "list", Map.of()).text()).contains(url);
        assertThat(run(adminTwo, serverTwo, "feeds", "list", Map.of()).text()).doesNotContain(url);
    }

    @Test
    @DisplayName("a config feed for every server cannot be removed from Discord by any server")
    void sharedConfigFeedStays() {
        InteractionReply reply = run(adminTwo, serverTwo, "feeds", "remove", Map.of("feed", "Everyone's wire"));

        assertThat(reply.content()).contains("listed in bot-config.yml");
        assertThat(registered(localhostUrl("/shared-config.xml"))).isTrue();
    }

    @Test
    @DisplayName("server 2's admin cannot see or change server 1's alert subscriptions")
    void subscriptionsAreScopedToTheirServer() {
        // GIVEN server 1's channel follows Liverpool
        assertThat(run(adminOne, serverOne, "alerts", "follow", Map.of("club", "Liverpool")).content()).contains("Liverpool");

        // WHEN server 2's admin lists and unfollows everything in their server
        InteractionReply listTwo = run(adminTwo, serverTwo, "alerts", "list", Map.of());
        InteractionReply unfollowTwo = run(adminTwo, serverTwo, "alerts", "unfollow", Map.of("everything", true));

        // THEN server 2 saw nothing of server 1's, and server 1's subscription is unchanged
        assertThat(listTwo.content()).contains("receives no alerts").doesNotContain("Liverpool");
        assertThat(unfollowTwo.content()).contains("follows nothing");
        assertThat(run(adminOne, serverOne, "alerts", "list", Map.of()).content()).contains("Liverpool");
    }
}
