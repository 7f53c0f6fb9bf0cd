package dev.rumourmill.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rumourmill.config.PollingProperties;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FetchSettings;
import dev.rumourmill.feeds.HostResolver;
import dev.rumourmill.feeds.HttpFeedFetcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The loopback server of {@link PollCycleBenchmark}: {@code /feed/N} answers a generated content-heavy feed of 20
 * items with an ETag, or 304 to a request that names that ETag. After {@link #publish()} every
 * {@code changedEvery}-th feed has new items. It can hold each answer back for a fixed latency without holding a
 * thread, like a distant server, and sends with TCP_NODELAY so that Nagle's algorithm and delayed ACKs do not add
 * their own 40 ms stalls.
 */
final class BenchFeedServer implements AutoCloseable {

    private static final String DOMAIN = ".bench.test";

    private final HttpServer server;
    private final ScheduledExecutorService threads;
    private final AtomicInteger version = new AtomicInteger();
    private final int feeds;
    private final int feedsPerHost;
    private final int changedEvery;
    private final Instant newest;

    /** {@code feeds} feeds, {@code feedsPerHost} to a host name; items dated back from {@code newest}, 10 minutes apart. */
    BenchFeedServer(int feeds, int feedsPerHost, int changedEvery, Duration latency, Instant newest) throws IOException {
        // Read once, when the JDK's HTTP server is first used. Without nodelay every answer waits ~40 ms for
        // Nagle's algorithm and the client's delayed ACK; with the default of 200 idle connections the
        // server closes kept-alive connections of a thousand hosts just as the client reuses them.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxIdleConnections", "100000");
        this.feeds = feeds;
        this.feedsPerHost = feedsPerHost;
        this.changedEvery = changedEvery;
        this.newest = newest;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        this.threads = Executors.newScheduledThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/feed/", exchange -> {
            if (latency.isZero()) {
                answer(exchange);
            } else {
                // Answered later on another thread: a slow server without a thread per waiting request.
                threads.schedule(() -> answer(exchange), latency.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        server.start();
    }

    /** Registers every feed, on host names {@code fN.bench.test}, in one transaction (on PostgreSQL, one commit). */
    void register(DataSource dataSource, Clock clock) {
        int port = server.getAddress().getPort();
        FeedRegistry registry = new FeedRegistry(new JdbcTemplate(dataSource), clock);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(transaction -> {
            for (int n = 0; n < feeds; n++) {
                registry.add(URI.create("http://f" + (n / feedsPerHost) + DOMAIN + ":" + port + "/feed/" + n), "bench " + n,
                        Duration.ofMinutes(5), 0, FeedRegistry.Origin.CONFIG);
            }
        });
    }

    /** Polling settings with the bench host names on the private-address allow-list. */
    PollingProperties polling(int perHostConcurrency, int maxInFlight) {
        List<String> hosts = new ArrayList<>();
        for (int h = 0; h < (feeds + feedsPerHost - 1) / feedsPerHost; h++) {
            hosts.add("f" + h + DOMAIN);
        }
        return new PollingProperties(Duration.ZERO, null, null, DataSize.ofMegabytes(5), null, perHostConcurrency, hosts,
                maxInFlight);
    }

    /** A fetcher to which every bench host name resolves to this server. */
    HttpFeedFetcher fetcher(PollingProperties polling, Clock clock) {
        HostResolver loopback = host -> {
            if (!host.endsWith(DOMAIN)) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getLoopbackAddress());
        };
        return new HttpFeedFetcher(FetchSettings.from(polling, "bench"), clock, loopback, SocketFactory.getDefault());
    }

    /** Every {@code changedEvery}-th feed publishes something new; the rest stay the same. */
    void publish() {
        version.incrementAndGet();
    }

    private void answer(HttpExchange exchange) {
        try (exchange) {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/feed/".length()));
            int feedVersion = n % changedEvery == 0 ? version.get() : 0;
            String etag = "\"" + n + "-" + feedVersion + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = ParseBenchmark.contentHeavyFeed(n * 100 + feedVersion, 20, newest).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away; it reports the failure itself.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
