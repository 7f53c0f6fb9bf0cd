package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.contracts.RecentRumour;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoryLogStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a story is stored once per key and read back as a recent rumour with its best source's badge")
    void storesAndReadsBack(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a new story about Brennan
            StoryLogStore store = new StoryLogStore(db.jdbc());
            store.record(entry("p1>c9", "p1", "talks", "Harbour Gazette", "2", "https://gazette.example/a", T0, T0, 1));

            // WHEN /contract asks for his rumours of the last 30 days
            var rumours = store.about("p1", T0.minus(Duration.ofDays(30)), 3);

            // THEN the story comes back as shown to users
            assertThat(rumours).containsExactly(new RecentRumour("Tomas Brennan → Northport Athletic", "talks",
                    "Harbour Gazette", "tier 2", "https://gazette.example/a", T0, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a later event updates its story's row: newest stage and link, earliest first sighting, better source kept")
    void laterEventUpdatesTheRow(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a story first told by a tier 1 reporter
            StoryLogStore store = new StoryLogStore(db.jdbc());
            store.record(entry("p1>c9", "p1", "interest", "Ana Reyes", "1", "https://a.example/1", T0, T0, 1));

            // WHEN a restart made the engine forget it and an aggregator reports it again with a new stage
            Instant later = T0.plus(Duration.ofHours(5));
            store.record(entry("p1>c9", "p1", "bid", "Transfer Buzz", "aggregator", "https://b.example/2", later, later, 1));

            // THEN one row: the new stage and link, the first sighting and the better source kept
            StoryLogEntry row = store.find("p1>c9").orElseThrow();
            assertThat(row.stage()).isEqualTo("bid");
            assertThat(row.articleUrl()).isEqualTo("https://b.example/2");
            assertThat(row.firstSeen()).isEqualTo(T0);
            assertThat(row.lastSeen()).isEqualTo(later);
            assertThat(row.bestSource()).isEqualTo("Ana Reyes");
            assertThat(row.bestSourceTier()).isEqualTo("1");
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM rumour_story_log", Integer.class)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("recent rumours are the player's own, within the window, most recent first, at most the limit")
    void recentFiltersAndOrders(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN five stories about p1 over 40 days and one about someone else
            StoryLogStore store = new StoryLogStore(db.jdbc());
            for (int day : new int[] {0, 10, 20, 30, 40}) {
                Instant at = T0.minus(Duration.ofDays(day));
                store.record(entry("p1>c" + day, "p1", "talks", "Harbour Gazette", "2", null, at, at, 1));
            }
            store.record(entry("p2>c1", "p2", "talks", "Harbour Gazette", "2", null, T0, T0, 1));

            // WHEN the last 35 days are asked for, at most three
            var rumours = store.about("p1", T0.minus(Duration.ofDays(35)), 3);

            // THEN the three newest of p1 only
            assertThat(rumours).extracting(RecentRumour::lastSeen)
                    .containsExactly(T0, T0.minus(Duration.ofDays(10)), T0.minus(Duration.ofDays(20)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("over-long feed text is cut to fit and an over-long link is dropped, so the story is still kept")
    void overLongValuesFit(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            StoryLogStore store = new StoryLogStore(db.jdbc());

            StoryLogEntry.Subject noDestination = new StoryLogEntry.Subject("p1", "n".repeat(300), null);
            store.record(new StoryLogEntry("p1>c1", noDestination,
                    new StoryLogEntry.Latest("h".repeat(900), "talks", "RUMOUR", "https://x.example/" + "a".repeat(2100)),
                    new StoryLogEntry.BestSource("s".repeat(300), "2"), new StoryLogEntry.Seen(T0, T0, 1)));

            StoryLogEntry row = store.find("p1>c1").orElseThrow();
            assertThat(row.headline()).hasSize(500);
            assertThat(row.articleUrl()).isNull();
        }
    }

    private static StoryLogEntry entry(String key, String playerId, String stage, String source, String tier, String url,
            Instant first, Instant last, int reports) {
        return new StoryLogEntry(key, new StoryLogEntry.Subject(playerId, "Tomas Brennan", "Northport Athletic"),
                new StoryLogEntry.Latest("Tomas Brennan → Northport Athletic", stage, "RUMOUR", url),
                new StoryLogEntry.BestSource(source, tier), new StoryLogEntry.Seen(first, last, reports));
    }
}
