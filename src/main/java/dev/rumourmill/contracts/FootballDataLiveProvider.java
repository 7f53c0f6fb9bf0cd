package dev.rumourmill.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * football-data.org v4, asked for one person at a time ({@code GET /v4/persons/{id}}, header
 * {@code X-Auth-Token}). Only players listed in {@code contracts.live-provider.persons} are asked; answers
 * are cached; the plan's rate limit is never exceeded: when it is used up the provider answers "no data"
 * at once rather than making a Discord user wait.
 *
 * <p>Fields read: {@code currentTeam.id}, {@code currentTeam.name} and {@code lastUpdated} appear in the
 * provider's own v4 Person example. {@code currentTeam.contract.until} (month precision, "2026-06") is shown
 * only by third-party typings, not in that example: it is read when present and otherwise the provider
 * gives no expiry. See docs/contracts.md.
 */
class FootballDataLiveProvider implements LiveContractProvider {

    public static final String SOURCE = "football-data.org";
    private static final System.Logger LOG = System.getLogger(FootballDataLiveProvider.class.getName());

    private final HttpClient http;
    private final URI baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final Map<String, Long> personIdsByFoldedName;
    private final SlidingWindowRateLimit rateLimit;
    private final Cache<Long, Optional<Contract>> cache;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param personIds football-data.org person ids by player (name, nickname or our player id)
     */
    public FootballDataLiveProvider(URI baseUrl, String apiKey, Duration timeout, int requestsPerMinute,
            Duration cacheFor, Map<String, Long> personIds, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.personIdsByFoldedName = new java.util.HashMap<>();
        personIds.forEach((player, id) -> personIdsByFoldedName.put(NameFolding.fold(player), id));
        this.rateLimit = new SlidingWindowRateLimit(requestsPerMinute, Duration.ofMinutes(1), clock);
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(10_000).build();
        this.clock = clock;
    }

    @Override
    public Optional<Contract> contractFor(Player player) {
        Long personId = personIdFor(player);
        if (personId == null) {
            return Optional.empty();
        }
        Optional<Contract> cached = cache.getIfPresent(personId);
        if (cached != null) {
            return cached;
        }
        if (!rateLimit.tryAcquire()) {
            LOG.log(System.Logger.Level.INFO, "football-data.org rate limit reached; no live data for " + player.name());
            return Optional.empty();
        }
        Optional<Contract> fetched = fetch(personId);
        fetched.ifPresent(c -> cache.put(personId, fetched));
        return fetched;
    }

    private Long personIdFor(Player player) {
        Long id = personIdsByFoldedName.get(NameFolding.fold(player.id()));
        if (id == null) {
            id = personIdsByFoldedName.get(NameFolding.fold(player.name()));
        }
        for (int i = 0; id == null && i < player.knownAs().size(); i++) {
            id = personIdsByFoldedName.get(NameFolding.fold(player.knownAs().get(i)));
        }
        return id;
    }

    private Optional<Contract> fetch(long personId) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("persons/" + personId))
                .timeout(timeout)
                .header("X-Auth-Token", apiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.log(System.Logger.Level.WARNING, "football-data.org answered HTTP " + response.statusCode()
                        + " for person " + personId + (response.statusCode() == 429 ? " (rate limited)" : ""));
                return Optional.empty();
            }
            return Optional.of(toContract(json.readTree(response.body())));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "football-data.org request for person " + personId + " failed: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Contract toContract(JsonNode person) {
        JsonNode team = person.path("currentTeam");
        Club club = team.hasNonNull("id") && team.hasNonNull("name")
                ? new Club("football-data-" + team.get("id").asText(), team.get("name").asText()) : null;
        LocalDate until = endOfPeriod(team.path("contract").path("until").asText(null));
        LocalDate asOf = LocalDate.now(clock);
        String updated = person.path("lastUpdated").asText(null);
        if (updated != null) {
            try {
                asOf = OffsetDateTime.parse(updated).toLocalDate();
            } catch (DateTimeParseException ignored) {
                // keep today's date: the field is informative only
            }
        }
        return new Contract(club, null, until, null, ContractSource.LIVE_PROVIDER, SOURCE, asOf);
    }

    /** "2026-06" means the end of June 2026; a full date is taken as it is. */
    static LocalDate endOfPeriod(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 7 ? YearMonth.parse(value).atEndOfMonth() : LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
