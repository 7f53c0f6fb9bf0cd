package dev.rumourmill.feeds;

import dev.rumourmill.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.FeedProperties;
import dev.rumourmill.testsupport.TestDatabase;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedStoresTest {

    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    private static final URI BBC = URI.create("https://feeds.example.org/sport/football/rss.xml");
    private static final URI GUARDIAN = URI.create("https://paper.example.com/football/rss");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("config sync registers feeds once per URL, updates them, and drops the ones removed from the file")
    void registrySync(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN two config feeds and one added by command
            FeedRegistry registry = new FeedRegistry(db.jdbc(), new MutableClock(T0));
            registry.syncFromConfig(List.of(new FeedProperties(BBC, "BBC", null, null), new FeedProperties(GUARDIAN, null, null, 2)));
            registry.add(URI.create("https://fan.example.net/feed/"), "Fans", Duration.ofMinutes(10), 0, FeedRegistry.Origin.COMMAND);

            // WHEN the file is edited: BBC renamed and slower, Guardian removed
            List<FeedSource> feeds = registry.syncFromConfig(List.of(new FeedProperties(BBC, "BBC Sport", Duration.ofMinutes(15), null)));

            // THEN BBC kept its id with the new settings, Guardian is gone, the command feed stays
            assertThat(feeds).extracting(FeedSource::name).containsExactly("BBC Sport", "Fans");
            assertThat(feeds.get(0).interval()).isEqualTo(Duration.ofMinutes(15));
            assertThat(registry.find(GUARDIAN)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a due feed can be claimed by one process only; health is recorded, a disabled feed is never due, and a due feed comes with its state")
    void claimAndHealth(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            FeedRegistry registry = new FeedRegistry(db.jdbc(), new MutableClock(T0));
            FeedStateStore states = new FeedStateStore(db.jdbc());
            FeedSource feed = registry.add(BBC, "BBC", Duration.ofMinutes(5), 0, FeedRegistry.Origin.CONFIG);

            FeedStateStore.Due due = states.due(T0, 10).get(0);
            boolean first = states.claim(due, T0.plusSeconds(300));
            boolean second = states.claim(due, T0.plusSeconds(300));

            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(states.due(T0.plusSeconds(60), 10)).isEmpty();

            states.recordSuccess(feed.id(), "\"e1\"", "Sat, 28 Nov 2026 11:00:00 GMT", T0, T0.plusSeconds(300), null);
            states.recordFailure(feed.id(), "The feed is empty: the server sent no content.", T0.plusSeconds(300), 1,
                    T0.plusSeconds(900), true);

            FeedState state = states.load(feed.id());
            assertThat(state.etag()).isEqualTo("\"e1\"");
            assertThat(state.lastSuccessAt()).isEqualTo(T0);
            assertThat(state.lastError()).isEqualTo("The feed is empty: the server sent no content.");
            assertThat(state.consecutiveFailures()).isEqualTo(1);
            assertThat(state.disabled()).isTrue();
            assertThat(states.due(T0.plus(Duration.ofDays(1)), 10)).isEmpty();
            assertThat(states.health()).singleElement().satisfies(h -> assertThat(h.state().disabledAt()).isEqualTo(T0.plusSeconds(300)));
            states.enable(feed.id(), T0.plusSeconds(600));
            assertThat(states.due(T0.plusSeconds(600), 10)).singleElement().satisfies(again -> {
                assertThat(again.state().etag()).as("the due query carries the state").isEqualTo("\"e1\"");
                assertThat(again.state().initialised()).isTrue();
                assertThat(again.nextPollAt()).isEqualTo(T0.plusSeconds(600));
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("seen entries: a claim succeeds once, marking is idempotent, and thousands of keys are handled in chunks")
    void seenEntries(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            FeedRegistry registry = new FeedRegistry(db.jdbc(), new MutableClock(T0));
            SeenEntryStore seen = new SeenEntryStore(db.jdbc());
            FeedSource feed = registry.add(BBC, "BBC", Duration.ofMinutes(5), 0, FeedRegistry.Origin.CONFIG);
            FeedSource other = registry.add(GUARDIAN, "Guardian", Duration.ofMinutes(5), 0, FeedRegistry.Origin.CONFIG);
            List<String> keys = IntStream.range(0, 5000).mapToObj(i -> EntryIdentity.sha256("entry-" + i)).toList();

            seen.markSeen(feed.id(), keys, T0);
            seen.markSeen(feed.id(), keys.subList(0, 10), T0);

            assertThat(seen.count(feed.id())).isEqualTo(5000);
            assertThat(seen.seenAmong(feed.id(), keys)).hasSize(5000);
            assertThat(seen.claim(feed.id(), keys.get(0), T0)).isFalse();
            assertThat(seen.claim(other.id(), keys.get(0), T0)).isTrue();
            assertThat(seen.claim(other.id(), keys.get(0), T0)).isFalse();
        }
    }
}
