package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import dev.rumourmill.testsupport.FeedEntries;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class EntryIngestorTest {

    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a feed's new entries share one transaction, yet a failing or already-claimed entry affects only itself")
    void oneTransactionPerFeedWithEntriesIsolated(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a feed with entries A, B, C, a handler that fails on C, and another process that records B
            // as seen while A is handed on
            SeenEntryStore seen = new SeenEntryStore(db.jdbc());
            FeedSource feed = new FeedRegistry(db.jdbc(), new MutableClock(T0))
                    .add(URI.create("https://feeds.example.org/rss"), "Example", Duration.ofMinutes(5), 0, FeedRegistry.Origin.CONFIG);
            FeedEntry a = entry("a", 3);
            FeedEntry b = entry("b", 2);
            FeedEntry c = entry("c", 1);
            List<String> handled = new ArrayList<>();
            EntryIngestor ingestor = new EntryIngestor(seen, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                    (f, entry) -> {
                        if (entry == c) {
                            throw new IllegalStateException("rumour engine unavailable");
                        }
                        if (entry == a) {
                            seen.claim(f.id(), SeenEntryStore.key(b), T0);
                        }
                        handled.add(entry.id());
                    }, Duration.ofHours(48));

            // WHEN the feed is ingested after its first poll
            EntryIngestor.IngestReport report = ingestor.ingest(feed, List.of(a, b, c), false, T0);

            // THEN A is handed on, B is not handed on twice, C failed alone and stays unseen for the next poll
            assertThat(handled).containsExactly("a");
            assertThat(report.delivered()).isEqualTo(1);
            assertThat(report.failures()).containsExactly("rumour engine unavailable");
            assertThat(seen.seenAmong(feed.id(), List.of(SeenEntryStore.key(a), SeenEntryStore.key(b), SeenEntryStore.key(c))))
                    .containsExactlyInAnyOrder(SeenEntryStore.key(a), SeenEntryStore.key(b));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("what a poll records about its feed commits with the feed's entries: if it cannot, nothing of the poll is kept")
    void feedStateCommitsWithTheEntries(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a feed with two new entries, and a poll whose own record of the feed fails (the database went away)
            SeenEntryStore seen = new SeenEntryStore(db.jdbc());
            FeedSource feed = new FeedRegistry(db.jdbc(), new MutableClock(T0))
                    .add(URI.create("https://feeds.example.org/rss"), "Example", Duration.ofMinutes(5), 0, FeedRegistry.Origin.CONFIG);
            List<String> handled = new ArrayList<>();
            EntryIngestor ingestor = new EntryIngestor(seen, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                    (f, entry) -> handled.add(entry.id()), Duration.ofHours(48));
            FeedEntry a = entry("a", 2);
            FeedEntry b = entry("b", 1);

            // WHEN the feed is ingested
            assertThatThrownBy(() -> ingestor.ingest(feed, List.of(a, b), false, T0, report -> {
                throw new IllegalStateException("connection lost");
            })).hasMessageContaining("connection lost");

            // THEN the entries were handed on in the transaction, but none is recorded as seen: both come again
            assertThat(handled).containsExactly("a", "b");
            assertThat(seen.count(feed.id())).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a first poll reads no seen set, yet never hands on an entry already seen; the rest are marked seen")
    void firstPollWithoutReading(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a feed that previews its newest 2 entries, whose newest entry A is somehow already seen
            SeenEntryStore seen = new SeenEntryStore(db.jdbc());
            FeedSource feed = new FeedRegistry(db.jdbc(), new MutableClock(T0))
                    .add(URI.create("https://feeds.example.org/rss"), "Example", Duration.ofMinutes(5), 2, FeedRegistry.Origin.CONFIG);
            FeedEntry a = entry("a", 1);
            FeedEntry b = entry("b", 2);
            FeedEntry c = entry("c", 3);
            FeedEntry d = entry("d", 4);
            seen.markSeen(feed.id(), List.of(SeenEntryStore.key(a)), T0);
            List<String> handled = new ArrayList<>();
            EntryIngestor ingestor = new EntryIngestor(seen, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                    (f, entry) -> handled.add(entry.id()), Duration.ofHours(48));
            List<EntryIngestor.IngestReport> settled = new ArrayList<>();

            // WHEN its first poll is ingested
            EntryIngestor.IngestReport report = ingestor.ingest(feed, List.of(d, c, b, a), true, T0, settled::add);

            // THEN of the preview only B is handed on, C and D are marked seen, and the settle step saw the same report
            assertThat(handled).containsExactly("b");
            assertThat(report.delivered()).isEqualTo(1);
            assertThat(report.skipped()).isEqualTo(2);
            assertThat(settled).containsExactly(report);
            assertThat(seen.count(feed.id())).isEqualTo(4);
        }
    }

    private static FeedEntry entry(String id, int hoursAgo) {
        return FeedEntries.article(id, "Title " + id, "https://example.org/" + id, T0.minus(Duration.ofHours(hoursAgo)), "");
    }
}
