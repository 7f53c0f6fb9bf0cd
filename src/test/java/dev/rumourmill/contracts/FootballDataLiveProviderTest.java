package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Against a loopback stub of football-data.org v4; the body is our own, shaped like their Person example. */
class FootballDataLiveProviderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String PERSON = """
            {"id": 44, "name": "Tomas Brennan", "firstName": "Tomas", "lastName": "Brennan",
             "dateOfBirth": "1999-05-25", "nationality": "Ireland", "position": "Centre-Back", "shirtNumber": 5,
             "lastUpdated": "2026-01-02T08:00:00Z",
             "currentTeam": {"id": 31, "name": "Northport Athletic", "shortName": "Northport",
                             "contract": {"start": "2021-07", "until": "2026-06"}}}
            """;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v4/persons/", exchange -> {
            requests.add(exchange.getRequestURI().getPath() + " token=" + exchange.getRequestHeaders().getFirst("X-Auth-Token"));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = PERSON.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private FootballDataLiveProvider provider(int perMinute, Duration timeout) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v4/");
        return new FootballDataLiveProvider(base, "secret-key", timeout, perMinute, Duration.ofHours(1),
                Map.of("Tomas Brennan", 44L, "Niall Corr", 45L), CLOCK);
    }

    private static Player player(String name) {
        return new Player("p-" + name.hashCode(), name, List.of(), null, null, null);
    }

    @Test
    @DisplayName("a listed player's team and month-precision contract end are read, with the API key sent")
    void mapsTheDocumentedShape() {
        var contract = provider(10, Duration.ofSeconds(5)).contractFor(player("Tomas Brennan")).orElseThrow();

        assertThat(contract.club().name()).isEqualTo("Northport Athletic");
        assertThat(contract.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(contract.kind()).isEqualTo(ContractSource.LIVE_PROVIDER);
        assertThat(contract.asOf()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(requests).containsExactly("/v4/persons/44 token=secret-key");
    }

    @Test
    @DisplayName("a second question about the same player is answered from the cache")
    void cached() {
        FootballDataLiveProvider provider = provider(10, Duration.ofSeconds(5));
        provider.contractFor(player("Tomas Brennan"));

        provider.contractFor(player("Tomas Brennan"));

        assertThat(requests).hasSize(1);
    }

    @Test
    @DisplayName("once the rate limit is used up, no request is sent and there is simply no live data")
    void rateLimitRespected() {
        FootballDataLiveProvider provider = provider(1, Duration.ofSeconds(5));
        provider.contractFor(player("Tomas Brennan"));

        var second = provider.contractFor(player("Niall Corr"));

        assertThat(second).isEmpty();
        assertThat(requests).hasSize(1);
    }

    @Test
    @DisplayName("players not listed in the config are never asked about")
    void unlistedPlayer() {
        assertThat(provider(10, Duration.ofSeconds(5)).contractFor(player("Somebody Else"))).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    @DisplayName("an error status or a slow answer gives no data instead of an error")
    void failuresGiveNoData() {
        status = 429;
        assertThat(provider(10, Duration.ofSeconds(5)).contractFor(player("Tomas Brennan"))).isEmpty();

        status = 200;
        delayMillis = 1_500;
        assertThat(provider(10, Duration.ofMillis(300)).contractFor(player("Tomas Brennan"))).isEmpty();
    }

    @Test
    @DisplayName("contract ends are read at month or day precision, anything else is unknown")
    void periods() {
        assertThat(FootballDataLiveProvider.endOfPeriod("2027-02")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(FootballDataLiveProvider.endOfPeriod("2027-06-30")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(FootballDataLiveProvider.endOfPeriod("soon")).isNull();
        assertThat(FootballDataLiveProvider.endOfPeriod(null)).isNull();
    }
}
