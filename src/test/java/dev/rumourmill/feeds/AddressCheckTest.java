package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The private-address check: every special-purpose form refused, and the checked address is the one connected to. */
class AddressCheckTest {

    private static final byte[] FEED = FeedFixtures.bytes("rss2-broadcaster.xml");
    private static final String PUBLIC = "93.184.216.34";

    private final LoopbackHttpServer server = new LoopbackHttpServer();
    private final List<SocketAddress> connects = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static FetchSettings settings(List<String> allowed) {
        return new FetchSettings("ua", Duration.ofSeconds(1), Duration.ofSeconds(2), 1024 * 1024, 2, allowed);
    }

    /** A socket factory whose sockets record where they were asked to connect and never reach a network. */
    private SocketFactory recordingSockets() {
        return new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new Socket() {
                    @Override
                    public void connect(SocketAddress endpoint, int timeout) throws IOException {
                        connects.add(endpoint);
                        throw new ConnectException("test sockets never connect");
                    }
                };
            }

            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://[::127.0.0.1]/rss", "http://[64:ff9b::7f00:1]/rss", "http://[64:ff9b::a9fe:a9fe]/rss",
            "http://[2002:7f00:1::1]/rss", "http://198.18.0.1/rss", "http://198.19.255.254/rss",
            "http://[::ffff:127.0.0.1]/rss", "http://[::ffff:a9fe:a9fe]/rss", "http://[::1]/rss", "http://[::]/rss",
            "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/rss", "http://[64:ff9b:1::a00:1]/rss",
            "http://[fe80::1]/rss", "http://[fd00::1]/rss", "http://[fec0::1]/rss", "http://[ff02::1]/rss",
            "http://[2001:db8::1]/rss", "http://[3fff::1]/rss", "http://[100::1]/rss",
            "http://0.0.0.0/rss", "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/rss",
            "http://192.0.0.170/rss", "http://192.0.2.1/rss", "http://198.51.100.7/rss", "http://203.0.113.9/rss",
            "http://192.88.99.1/rss", "http://224.0.0.1/rss", "http://240.0.0.1/rss", "http://255.255.255.255/rss",
            "http://2130706433/rss", "http://0177.0.0.1/rss", "http://10.0.0.1/rss", "http://172.31.255.255/rss"})
    @DisplayName("a feed URL in a loopback, private, special-purpose or IPv4-carrying IPv6 form is refused before any connection")
    void specialPurposeFormsAreRefused(String url) {
        // GIVEN a fetcher whose sockets only record where they would connect
        HttpFeedFetcher fetcher = new HttpFeedFetcher(settings(List.of()), Clock.systemUTC(), HostResolver.SYSTEM,
                recordingSockets());

        // WHEN the URL is fetched THEN it is refused, and nothing was connected to
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.unconditional(URI.create(url))))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageStartingWith("Refused: ");
        assertThat(connects).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PUBLIC, "1.1.1.1", "2606:2800:220:1:248:1893:25c8:1946", "64:ff9b::5db8:d822",
            "::ffff:93.184.216.34", "198.20.0.1", "100.128.0.1", "172.32.0.1"})
    @DisplayName("public addresses are allowed, also when carried in NAT64 or IPv4-mapped form")
    void publicAddressesAreAllowed(String address) throws UnknownHostException {
        // GIVEN a public address WHEN it is checked THEN it passes
        assertThat(PrivateAddressGuard.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    @DisplayName("a host that resolves to a public address on the check and to loopback afterwards is only ever "
            + "connected to at the checked public address (no DNS rebinding)")
    void dnsRebindingCannotReachLoopback() throws Exception {
        // GIVEN a feed on loopback and a DNS that answers public first, loopback on every later lookup
        server.serve("/rss", "application/rss+xml", FEED);
        int port = server.url("/rss").getPort();
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? PUBLIC : "127.0.0.1"));
        HttpFeedFetcher fetcher = new HttpFeedFetcher(settings(List.of()), Clock.systemUTC(), rebinding, recordingSockets());

        // WHEN the host is fetched (the test sockets never connect anywhere)
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.unconditional(URI.create("http://rebind.test:" + port + "/rss"))))
                .hasMessageStartingWith("Could not connect to rebind.test");

        // THEN one lookup was made and the only connection attempt went to the address that was checked

        assertThat(lookups).hasValue(1);
        assertThat(connects).containsExactly(new InetSocketAddress(InetAddress.getByName(PUBLIC), port));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("a host whose DNS answer mixes a public and a loopback address is refused")
    void oneInternalAnswerRefusesTheHost() {
        // GIVEN a DNS answer with a public and a loopback address
        HostResolver mixed = host -> List.of(InetAddress.getByName(PUBLIC), InetAddress.getByName("127.0.0.1"));
        HttpFeedFetcher fetcher = new HttpFeedFetcher(settings(List.of()), Clock.systemUTC(), mixed, recordingSockets());

        // WHEN the host is fetched THEN it is refused without a connection attempt
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.unconditional(URI.create("http://mixed.test/rss"))))
                .hasMessageStartingWith("Refused: mixed.test is a private or loopback address (127.0.0.1)");
        assertThat(connects).isEmpty();
    }

    @Test
    @DisplayName("a redirect from an allow-listed host to another name resolving to loopback is checked again "
            + "and refused")
    void everyRedirectIsCheckedAgain() {
        // GIVEN feeds.test (allow-listed) redirecting to internal.test (not allow-listed), both on loopback
        server.handle("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://internal.test:" + exchange.getLocalAddress().getPort() + "/secret");
            exchange.sendResponseHeaders(302, -1);
        });
        server.serve("/secret", "application/rss+xml", FEED);
        HostResolver toLoopback = host -> List.of(InetAddress.getLoopbackAddress());
        HttpFeedFetcher fetcher = new HttpFeedFetcher(settings(List.of("feeds.test")), Clock.systemUTC(), toLoopback,
                SocketFactory.getDefault());
        URI start = URI.create("http://feeds.test:" + server.url("/moved").getPort() + "/moved");

        // WHEN the feed is fetched THEN the first hop is made and the redirect target refused
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.unconditional(start)))
                .hasMessageStartingWith("Refused: internal.test is a private or loopback address (127.0.0.1)");
        assertThat(server.requestsTo("/moved")).isEqualTo(1);
        assertThat(server.requestsTo("/secret")).isZero();
    }
}
