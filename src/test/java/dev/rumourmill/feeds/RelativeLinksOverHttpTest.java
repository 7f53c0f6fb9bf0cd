package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.LoopbackHttpServer;
import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Relative links in a fetched feed resolve against the URL it was fetched from, in the poller and in inspect-feed. */
class RelativeLinksOverHttpTest {

    private static final String FIXTURE = "conformance/atom-relative-links-feed-url.xml";

    @Test
    @DisplayName("the poller hands on a relative Atom link made absolute against the feed URL")
    void pollerResolvesAgainstFeedUrl() throws Exception {
        try (TestDatabase db = TestDatabase.h2(); LoopbackHttpServer server = new LoopbackHttpServer()) {
            // GIVEN an Atom feed whose only base for its links is its own URL, followed with a preview of 1
            server.serve("/forum/rumours.atom", "application/atom+xml", FeedFixtures.bytes(FIXTURE));
            List<FeedEntry> handed = new CopyOnWriteArrayList<>();
            try (PollCycleHarness watcher = new PollCycleHarness(db.dataSource(), new MutableClock(FeedFixtures.NOW),
                    (feed, entry) -> handed.add(entry), event -> { })) {
                FeedSource source = watcher.add(server.url("/forum/rumours.atom"), "forum", 1);

                // WHEN it is polled
                watcher.poller.poll(source);

                // THEN the entry's link points at the same server
                assertThat(handed).extracting(FeedEntry::link).containsExactly(server.url("/forum/t/77").toString());
            }
        }
    }

    @Test
    @DisplayName("inspect-feed on a URL resolves relative links against that URL")
    void inspectorResolvesAgainstFeedUrl() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer()) {
            // GIVEN the same feed on a loopback server
            server.serve("/forum/rumours.atom", "application/atom+xml", FeedFixtures.bytes(FIXTURE));
            FeedInspector inspector = new FeedInspector(
                    new HttpFeedFetcher(FetchSettings.from(PollCycleHarness.POLLING, "test"), Clock.systemUTC()),
                    new RomeFeedParser(FeedFixtures.CLOCK), 5L * 1024 * 1024);
            URI url = server.url("/forum/rumours.atom");

            // WHEN it is inspected
            ParsedFeed feed = inspector.inspect(url.toString());

            // THEN the link is absolute
            assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(server.url("/forum/t/77").toString());
        }
    }
}
