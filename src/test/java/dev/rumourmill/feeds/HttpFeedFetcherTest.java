package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HttpFeedFetcherTest {

    static final long ONE_MB = 1024 * 1024;
    static final FetchSettings SETTINGS = new FetchSettings("RumourMill/test (self-hosted Discord bot; +"
            + FetchSettings.PROJECT_URL + ")", Duration.ofSeconds(2), Duration.ofSeconds(3), ONE_MB, 2, List.of("127.0.0.1"));
    private static final byte[] FEED = FeedFixtures.bytes("rss2-broadcaster.xml");

    private final LoopbackHttpServer server = new LoopbackHttpServer();
    private final HttpFeedFetcher fetcher = new HttpFeedFetcher(SETTINGS, Clock.systemUTC());

    @AfterEach
    void stopServer() {
        server.close();
    }

    private FetchResult get(String path) throws FeedFetchException {
        return fetcher.fetch(FetchRequest.unconditional(server.url(path)));
    }

    @Test
    @DisplayName("conditional GET: validators are sent back and a 304 comes back as not modified")
    void conditionalGet() throws Exception {
        // GIVEN a server that knows ETag and Last-Modified
        server.handle("/rss", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sat, 28 Nov 2026 10:00:00 GMT");
            boolean fresh = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LoopbackHttpServer.respond(exchange, fresh ? 304 : 200, "application/rss+xml", fresh ? new byte[0] : FEED);
        });

        // WHEN it is fetched once, then again with the validators it gave
        FetchResult first = get("/rss");
        FetchResult second = fetcher.fetch(new FetchRequest(server.url("/rss"), first.etag(), first.lastModified()));

        // THEN the second fetch is a 304 and carried both validators
        assertThat(first.notModified()).isFalse();
        assertThat(first.body()).isEqualTo(FEED);
        assertThat(second.notModified()).isTrue();
        assertThat(server.requests().get(1).ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(server.requests().get(1).ifModifiedSince()).isEqualTo("Sat, 28 Nov 2026 10:00:00 GMT");
    }

    @Test
    @DisplayName("every request names the bot and its project URL and offers gzip")
    void honestUserAgent() throws Exception {
        server.serve("/rss", "application/rss+xml", FEED);

        get("/rss");

        assertThat(server.requests().get(0).userAgent()).startsWith("RumourMill/").contains(FetchSettings.PROJECT_URL);
        assertThat(server.requests().get(0).acceptEncoding()).contains("gzip");
    }

    @Test
    @DisplayName("a gzip body is unpacked")
    void gzip() throws Exception {
        server.handle("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", gzip(FEED));
        });

        assertThat(get("/gz").body()).isEqualTo(FEED);
    }

    @Test
    @DisplayName("a gzip bomb (20 KB unpacking to 20 MB) is stopped at the body limit")
    void gzipBomb() throws Exception {
        byte[] bomb = gzip(new byte[20 * (int) ONE_MB]);
        server.handle("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", bomb);
        });

        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> get("/bomb")).isInstanceOf(FeedFetchException.class)
                .hasMessageContaining("unpacks to more than 1024 KB").hasMessageContaining("gzip bomb");
    }

    @Test
    @DisplayName("a 50 MB body without Content-Length is cut off at the limit while streaming")
    void hugeStreamedBody() {
        server.handle("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is unknown up front
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 800; i++) {
                    body.write(chunk);
                }
            }
        });

        assertThatThrownBy(() -> get("/huge")).hasMessageContaining("larger than 1024 KB (polling.max-body-size)");
    }

    @Test
    @DisplayName("a server that drips one byte a second is stopped by the total timeout")
    void slowDrip() {
        server.handle("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            for (int i = 0; i < 20; i++) {
                body.write('<');
                body.flush();
                sleep(1000);
            }
        });

        assertThatThrownBy(() -> get("/drip")).hasMessage("The server took longer than 3s to send the feed; the fetch was stopped.");
    }

    @Test
    @DisplayName("redirects are followed up to five times; a loop is reported")
    void redirects() throws Exception {
        server.serve("/final", "application/rss+xml", FEED);
        server.handle("/hop", exchange -> redirect(exchange, "/final"));
        server.handle("/loop", exchange -> redirect(exchange, "/loop"));

        assertThat(get("/hop").body()).isEqualTo(FEED);
        assertThatThrownBy(() -> get("/loop")).hasMessageContaining("Too many redirects (more than 5)");
        assertThat(server.requestsTo("/loop")).isEqualTo(6);
    }

    @Test
    @DisplayName("a feed that moved answers 304 at its new address because the validators follow the redirect")
    void conditionalGetThroughRedirect() throws Exception {
        server.handle("/moved", exchange -> redirect(exchange, "/new-home"));
        server.handle("/new-home", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v7\"");
            boolean fresh = "\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LoopbackHttpServer.respond(exchange, fresh ? 304 : 200, "application/rss+xml", fresh ? new byte[0] : FEED);
        });

        FetchResult result = fetcher.fetch(new FetchRequest(server.url("/moved"), "\"v7\"", null));

        assertThat(result.notModified()).isTrue();
    }

    @Test
    @DisplayName("a redirect to a private address is refused before connecting")
    void redirectToPrivateAddress() {
        server.handle("/sneaky", exchange -> redirect(exchange, "http://10.1.2.3/admin"));

        assertThatThrownBy(() -> get("/sneaky")).hasMessageStartingWith("Refused: 10.1.2.3 is a private or loopback address");
    }

    @Test
    @DisplayName("loopback is refused unless the host is allow-listed")
    void loopbackRefusedByDefault() {
        HttpFeedFetcher strict = new HttpFeedFetcher(new FetchSettings("ua", Duration.ofSeconds(1), Duration.ofSeconds(2),
                ONE_MB, 2, List.of()), Clock.systemUTC());
        server.serve("/rss", "application/rss+xml", FEED);

        assertThatThrownBy(() -> strict.fetch(FetchRequest.unconditional(server.url("/rss"))))
                .hasMessageContaining("add 127.0.0.1 to polling.allow-private-hosts");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("429 with Retry-After reports how long the server wants us to wait")
    void retryAfter() {
        server.handle("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            LoopbackHttpServer.respond(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });

        assertThatThrownBy(() -> get("/busy")).isInstanceOfSatisfying(FeedFetchException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)))
                .hasMessageContaining("HTTP 429");
    }

    @Test
    @DisplayName("Cache-Control max-age is passed on; no-cache is not")
    void maxAge() throws Exception {
        server.handle("/cached", exchange -> {
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=900");
            LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", FEED);
        });
        server.handle("/nocache", exchange -> {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache, max-age=900");
            LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", FEED);
        });

        assertThat(get("/cached").maxAge()).isEqualTo(Duration.ofMinutes(15));
        assertThat(get("/nocache").maxAge()).isNull();
    }

    @Test
    @DisplayName("HTTP errors and refused connections get plain-English messages")
    void errors() throws Exception {
        server.handle("/gone", exchange -> LoopbackHttpServer.respond(exchange, 404, "text/html", "<h1>404</h1>".getBytes()));
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> get("/gone")).hasMessageContaining("there is no feed at").hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.unconditional(java.net.URI.create("http://127.0.0.1:" + closedPort + "/rss"))))
                .hasMessageStartingWith("Could not connect to 127.0.0.1");
    }

    @Test
    @DisplayName("no more than per-host-concurrency requests reach one host at a time")
    void perHostLimit() throws Exception {
        server.handle("/slow", exchange -> {
            sleep(150);
            LoopbackHttpServer.respond(exchange, 200, "application/rss+xml", FEED);
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String path = "/slow?n=" + i; // distinct URLs, one host
                results.add(pool.submit(() -> fetcher.fetch(FetchRequest.unconditional(server.url(path)))));
            }
            for (Future<FetchResult> result : results) {
                assertThat(result.get().body()).isEqualTo(FEED);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(server.maxConcurrent("/slow")).isBetween(1, 2);
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
