package dev.rumourmill.feeds;

import dev.rumourmill.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.LoopbackHttpServer;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One poll cycle over good and hostile feeds side by side, as the bot would meet them in the wild. */
class HostileFeedsTest {

    @Test
    @DisplayName("every hostile feed gets its own clear error while the good feeds in the same cycle keep working")
    void hostileFeedsAreIsolated() throws Exception {
        try (TestDatabase db = TestDatabase.h2(); LoopbackHttpServer server = new LoopbackHttpServer()) {
            // GIVEN good feeds and hostile ones on one loopback server
            byte[] good = FeedFixtures.bytes("rss2-broadcaster.xml");
            java.util.concurrent.atomic.AtomicReference<byte[]> goodBody = new java.util.concurrent.atomic.AtomicReference<>(good);
            server.handle("/good", exchange -> LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", goodBody.get()));
            server.serve("/atom", "application/atom+xml", FeedFixtures.bytes("atom-forum.xml"));
            server.serve("/xxe", "application/rss+xml", FeedFixtures.bytes("xxe-local-file.xml"));
            server.serve("/laughs", "application/rss+xml", FeedFixtures.bytes("billion-laughs.xml"));
            server.serve("/html", "text/html", FeedFixtures.bytes("web-page.html"));
            server.serve("/empty", "application/rss+xml", new byte[0]);
            server.serve("/nochannel", "application/rss+xml", FeedFixtures.bytes("rss-no-channel.xml"));
            server.handle("/huge", exchange -> {
                exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
                byte[] chunk = new byte[64 * 1024];
                try (OutputStream body = exchange.getResponseBody()) {
                    for (int i = 0; i < 800; i++) {
                        body.write(chunk);
                    }
                }
            });
            byte[] bomb = HttpFeedFetcherTest.gzip(new byte[20 * 1024 * 1024]);
            server.handle("/bomb", exchange -> {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", bomb);
            });
            server.handle("/drip", dripHandler());
            server.handle("/loop", exchange -> {
                exchange.getResponseHeaders().set("Location", "/loop");
                exchange.sendResponseHeaders(301, -1);
            });
            server.handle("/private", exchange -> {
                exchange.getResponseHeaders().set("Location", "http://192.168.1.1/feed");
                exchange.sendResponseHeaders(302, -1);
            });
            List<String> handed = new CopyOnWriteArrayList<>();
            MutableClock clock = new MutableClock(FeedFixtures.NOW);
            try (PollCycleHarness watcher = new PollCycleHarness(db.dataSource(), clock,
                    (feed, entry) -> handed.add(feed.name() + ": " + entry.title()), event -> { })) {
                Map<String, FeedSource> feeds = new LinkedHashMap<>();
                for (String path : List.of("/good", "/atom", "/xxe", "/laughs", "/html", "/empty", "/nochannel",
                        "/huge", "/bomb", "/drip", "/loop", "/private")) {
                    feeds.put(path, watcher.add(server.url(path), path.substring(1), 0));
                }

                // WHEN one cycle runs, then the good feed publishes a new item and another cycle runs
                watcher.cycle.runCycle();
                goodBody.set(new String(good, StandardCharsets.UTF_8).replaceFirst("<item>",
                        "<item><title>Fresh signing</title><guid>fresh-1</guid></item><item>").getBytes(StandardCharsets.UTF_8));
                clock.advance(java.time.Duration.ofMinutes(6));
                watcher.states.makeAllDue(clock.instant());
                watcher.cycle.runCycle();

                // THEN the good feeds are healthy and each hostile one carries a clear error
                assertThat(error(watcher, feeds, "/good")).isNull();
                assertThat(error(watcher, feeds, "/atom")).isNull();
                assertThat(error(watcher, feeds, "/xxe")).isEqualTo(FeedDocumentReader.DOCTYPE_REFUSED);
                assertThat(error(watcher, feeds, "/laughs")).isEqualTo(FeedDocumentReader.DOCTYPE_REFUSED);
                assertThat(error(watcher, feeds, "/html")).isEqualTo(FeedDocumentReader.WEB_PAGE);
                assertThat(error(watcher, feeds, "/empty")).isEqualTo(FeedDocumentReader.EMPTY);
                assertThat(error(watcher, feeds, "/nochannel")).contains("no <channel>");
                assertThat(error(watcher, feeds, "/huge")).contains("larger than 5120 KB");
                assertThat(error(watcher, feeds, "/bomb")).contains("gzip bomb");
                assertThat(error(watcher, feeds, "/drip")).contains("took longer than 3s");
                assertThat(error(watcher, feeds, "/loop")).contains("Too many redirects");
                assertThat(error(watcher, feeds, "/private")).contains("192.168.1.1 is a private or loopback address");
                assertThat(handed).containsExactly("good: Fresh signing");
            }
        }
    }

    private static com.sun.net.httpserver.HttpHandler dripHandler() {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            for (int i = 0; i < 10; i++) {
                body.write(' ');
                body.flush();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    private static String error(PollCycleHarness watcher, Map<String, FeedSource> feeds, String path) {
        return watcher.states.load(feeds.get(path).id()).lastError();
    }
}
