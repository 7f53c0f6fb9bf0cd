package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.FeedProperties;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.testsupport.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Feed ownership as the alerts read it from the feeds feature's registry. */
class RegistryFeedAudiencesTest {

    private static final String SERVER_ONE = "920000000000000001";
    private static final String SERVER_TWO = "920000000000000002";

    private final TestDatabase db = TestDatabase.h2();
    private final FeedRegistry registry = new FeedRegistry(db.jdbc(), Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"),
            ZoneOffset.UTC));
    private final RegistryFeedAudiences audiences = new RegistryFeedAudiences(registry);

    @AfterEach
    void close() {
        db.close();
    }

    private FeedSource feed(String url) {
        return registry.find(URI.create(url)).orElseThrow();
    }

    @Test
    @DisplayName("config feeds with and without guilds:, a /feeds feed of two servers, and a feed nobody owns")
    void audiencesFollowFeedGuild() {
        // GIVEN a config feed for every server, one for server 1, a /feeds feed two servers added, and an orphan
        registry.syncFromConfig(List.of(
                new FeedProperties(URI.create("https://every.example/rss"), "Every", null, null, null),
                new FeedProperties(URI.create("https://one.example/rss"), "One", null, null, List.of(SERVER_ONE))));
        FeedSource added = registry.add(URI.create("https://added.example/rss"), "Added", Duration.ofMinutes(10), 0,
                FeedRegistry.Origin.COMMAND);
        registry.claim(added, SERVER_ONE);
        registry.claim(added, SERVER_TWO);
        FeedSource orphan = registry.add(URI.create("https://orphan.example/rss"), "Orphan", Duration.ofMinutes(10), 0,
                FeedRegistry.Origin.COMMAND);

        // THEN each feed's audience is what feed_guild says
        assertThat(audiences.of(feed("https://every.example/rss"))).isEqualTo(FeedAudience.EVERY_SERVER);
        assertThat(audiences.of(feed("https://one.example/rss"))).isEqualTo(FeedAudience.of(Set.of(SERVER_ONE)));
        assertThat(audiences.of(added)).isEqualTo(FeedAudience.of(Set.of(SERVER_ONE, SERVER_TWO)));
        assertThat(audiences.of(orphan).includes(SERVER_ONE)).isFalse();

        // WHEN server 2 removes its claim, it is no longer in the audience
        registry.release(added, SERVER_TWO);
        assertThat(audiences.of(added)).isEqualTo(FeedAudience.of(Set.of(SERVER_ONE)));
    }

    @Test
    @DisplayName("a restart with changed guilds: gives the config feed to its new servers and takes it from the old")
    void resyncChangesOwners() {
        // GIVEN a config feed of server 1
        URI url = URI.create("https://one.example/rss");
        registry.syncFromConfig(List.of(new FeedProperties(url, "One", null, null, List.of(SERVER_ONE))));

        // WHEN bot-config.yml gives it to server 2, then to every server
        registry.syncFromConfig(List.of(new FeedProperties(url, "One", null, null, List.of(SERVER_TWO))));
        FeedAudience second = audiences.of(feed(url.toString()));
        registry.syncFromConfig(List.of(new FeedProperties(url, "One", null, null, null)));

        // THEN the audience follows the file each time
        assertThat(second).isEqualTo(FeedAudience.of(Set.of(SERVER_TWO)));
        assertThat(audiences.of(feed(url.toString()))).isEqualTo(FeedAudience.EVERY_SERVER);
    }
}
