package dev.rumourmill.feeds;

import dev.rumourmill.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.LoopbackHttpServer;
import dev.rumourmill.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollCycleTest {

    private static final Instant NOW = FeedFixtures.NOW;

    private final TestDatabase db = TestDatabase.h2();
    private final LoopbackHttpServer server = new LoopbackHttpServer();
    private final MutableClock clock = new MutableClock(NOW);
    private final List<String> handed = new CopyOnWriteArrayList<>();
    private final List<FeedDisabled> disabled = new CopyOnWriteArrayList<>();
    private final PollCycleHarness watcher = new PollCycleHarness(db.dataSource(), clock,
            (feed, entry) -> handed.add(feed.name() + ": " + entry.title()), disabled::add);
    private final AtomicReference<String> content = new AtomicReference<>();

    @AfterEach
    void tearDown() {
        watcher.close();
        server.close();
        db.close();
    }

    /** A feed whose body tests change; it answers 304 to the ETag of its current body. */
    private FeedSource liveFeed(String name, int preview) {
        server.handle("/live", exchange -> {
            byte[] body = content.get().getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + Integer.toHexString(content.get().hashCode()) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            boolean same = etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LoopbackHttpServer.respond(exchange, same ? 304 : 200, "application/rss+xml", same ? new byte[0] : body);
        });
        return watcher.add(server.url("/live"), name, preview);
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Live</title><link>https://live.example.org/</link>"
                + "<description>d</description>" + String.join("", items) + "</channel></rss>";
    }

    private static String item(String guid, String title, Instant published) {
        return "<item><title>" + title + "</title><link>https://live.example.org/" + guid + "</link><guid isPermaLink=\"false\">"
                + "https://live.example.org/" + guid + "</guid><pubDate>"
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)) + "</pubDate></item>";
    }

    private void nextCycle() {
        clock.advance(Duration.ofMinutes(6));
        watcher.cycle.runCycle();
    }

    @Test
    @DisplayName("the first poll of a new feed marks every entry as seen and hands nothing on")
    void firstPollMarksEverythingSeen() {
        // GIVEN a new feed with three entries
        content.set(rss(item("a", "A", NOW.minusSeconds(300)), item("b", "B", NOW.minusSeconds(200)), item("c", "C", NOW.minusSeconds(100))));
        FeedSource feed = liveFeed("Live", 0);

        // WHEN it is polled for the first time
        watcher.cycle.runCycle();

        // THEN nothing is handed on, all three are seen, and the feed is healthy
        assertThat(handed).isEmpty();
        assertThat(watcher.seen.count(feed.id())).isEqualTo(3);
        FeedState state = watcher.states.load(feed.id());
        assertThat(state.initialised()).isTrue();
        assertThat(state.lastSuccessAt()).isEqualTo(NOW);
        assertThat(state.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("with preview: N the first poll hands on only the newest N entries, oldest first")
    void previewNewestN() {
        content.set(rss(item("a", "A", NOW.minusSeconds(300)), item("c", "C", NOW.minusSeconds(100)), item("b", "B", NOW.minusSeconds(200))));
        liveFeed("Live", 2);

        watcher.cycle.runCycle();

        assertThat(handed).containsExactly("Live: B", "Live: C");
    }

    @Test
    @DisplayName("later polls hand on each new entry once; a 304 or a re-dated, re-issued item hands on nothing")
    void newEntriesExactlyOnce() {
        // GIVEN a feed that was polled once
        content.set(rss(item("a", "A", NOW.minusSeconds(300))));
        liveFeed("Live", 0);
        watcher.cycle.runCycle();

        // WHEN two entries appear, then nothing changes, then "a" is re-issued with a new date and a #1 suffix
        content.set(rss(item("c", "C", NOW.plusSeconds(200)), item("b", "B", NOW.plusSeconds(100)), item("a", "A", NOW.minusSeconds(300))));
        nextCycle();
        nextCycle();
        content.set(rss(item("a#1", "A", NOW.plusSeconds(900)), item("c", "C", NOW.plusSeconds(200))));
        nextCycle();

        // THEN only B and C were handed on, once each, oldest first; the unchanged poll sent the ETag
        assertThat(handed).containsExactly("Live: B", "Live: C");
        assertThat(server.requests().get(2).ifNoneMatch()).isNotNull();
    }

    @Test
    @DisplayName("after downtime, entries within max-entry-age are handed on once and older ones never")
    void afterDowntime() {
        content.set(rss(item("a", "A", NOW.minusSeconds(300))));
        liveFeed("Live", 0);
        watcher.cycle.runCycle();

        // GIVEN the bot was down for three days while two entries were published
        clock.advance(Duration.ofDays(3));
        Instant later = clock.instant();
        content.set(rss(item("recent", "Recent", later.minus(Duration.ofHours(24))),
                item("stale", "Stale", later.minus(Duration.ofHours(50))), item("a", "A", NOW.minusSeconds(300))));
        watcher.cycle.runCycle();
        nextCycle();

        assertThat(handed).containsExactly("Live: Recent");
    }

    @Test
    @DisplayName("when the handler fails the entry stays unseen, the ETag is not stored, and the next poll retries it")
    void handlerFailureIsRetried() {
        // GIVEN a handler that fails the first time it sees "B"
        List<String> attempts = new ArrayList<>();
        try (PollCycleHarness flaky = new PollCycleHarness(db.dataSource(), clock, (feed, entry) -> {
            attempts.add(entry.title());
            if (attempts.size() == 1) {
                throw new IllegalStateException("rumour engine unavailable");
            }
            handed.add(entry.title());
        }, disabled::add)) {
            content.set(rss(item("a", "A", NOW.minusSeconds(300))));
            FeedSource feed = liveFeed("Live", 0);
            flaky.cycle.runCycle();
            content.set(rss(item("b", "B", NOW.plusSeconds(60)), item("a", "A", NOW.minusSeconds(300))));

            // WHEN it is polled twice
            clock.advance(Duration.ofMinutes(6));
            flaky.cycle.runCycle();
            String errorAfterFailure = flaky.states.load(feed.id()).lastError();
            clock.advance(Duration.ofMinutes(6));
            flaky.cycle.runCycle();

            // THEN the failure was recorded and B was handed on by the retry, exactly once
            assertThat(errorAfterFailure).isEqualTo("1 new entry could not be handed on and will be retried: rumour engine unavailable");
            assertThat(attempts).containsExactly("B", "B");
            assertThat(handed).containsExactly("B");
        }
    }

    @Test
    @DisplayName("a failing feed backs off exponentially and is disabled after N failures with an event")
    void backoffThenDisable() {
        server.handle("/broken", exchange -> LoopbackHttpServer.respond(exchange, 500, "text/plain", new byte[] {'x'}));
        FeedSource feed = watcher.add(server.url("/broken"), "Broken", 0);
        List<Duration> waits = new ArrayList<>();

        for (int i = 0; i < 3; i++) {
            FeedState before = watcher.states.load(feed.id());
            clock.advance(Duration.between(clock.instant(), before.nextPollAt()));
            watcher.cycle.runCycle();
            waits.add(Duration.between(clock.instant(), watcher.states.load(feed.id()).nextPollAt()));
        }

        assertThat(waits.subList(0, 2)).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10));
        FeedState state = watcher.states.load(feed.id());
        assertThat(state.disabled()).isTrue();
        assertThat(state.consecutiveFailures()).isEqualTo(3);
        assertThat(state.lastError()).contains("HTTP 500");
        assertThat(disabled).singleElement().satisfies(event -> {
            assertThat(event.feed().name()).isEqualTo("Broken");
            assertThat(event.consecutiveFailures()).isEqualTo(3);
        });
        clock.advance(Duration.ofDays(1));
        watcher.cycle.runCycle();
        assertThat(server.requestsTo("/broken")).isEqualTo(3);
    }

    @Test
    @DisplayName("Retry-After and Cache-Control max-age push the next poll later")
    void serverHintsRespected() {
        server.handle("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7200");
            LoopbackHttpServer.respond(exchange, 429, "text/plain", new byte[] {'x'});
        });
        server.handle("/cached", exchange -> {
            exchange.getResponseHeaders().set("Cache-Control", "max-age=1800");
            LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", FeedFixtures.bytes("rdf-club.xml"));
        });
        FeedSource busy = watcher.add(server.url("/busy"), "Busy", 0);
        FeedSource cached = watcher.add(server.url("/cached"), "Cached", 0);

        watcher.cycle.runCycle();

        assertThat(watcher.states.load(busy.id()).nextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(watcher.states.load(cached.id()).nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    @DisplayName("the same URL added for several servers is one feed, fetched once per cycle")
    void oneFeedPerUrl() {
        content.set(rss(item("a", "A", NOW)));
        FeedSource first = liveFeed("Live", 0);
        FeedSource again = watcher.registry.add(server.url("/live"), "Live for another server", Duration.ofMinutes(5), 0,
                FeedRegistry.Origin.COMMAND);

        watcher.cycle.runCycle();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(server.requestsTo("/live")).isEqualTo(1);
    }
}
