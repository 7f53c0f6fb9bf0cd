package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static FeedEntry entry(String id, int hoursAgo) {
        return FeedEntries.article(id, "Title " + id, "https://example.org/" + id, T0.minus(Duration.ofHours(hoursAgo)), "");
    }
}
