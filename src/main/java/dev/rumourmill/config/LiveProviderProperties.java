package dev.rumourmill.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The optional football-data.org (v4) live provider, asked only for players whose expiry no other source
 * knows. The API key is never read from the file: it comes from {@code FOOTBALL_DATA_API_KEY}.
 *
 * @param enabled           off by default
 * @param baseUrl           the API root, https://api.football-data.org/v4/
 * @param timeout           per request (1s to 60s, default 10s)
 * @param requestsPerMinute the plan's rate limit (free tier: 10)
 * @param cacheFor          how long an answer is reused (default 12h)
 * @param persons           which football-data.org person id belongs to which player
 */
public record LiveProviderProperties(Boolean enabled, URI baseUrl, Duration timeout, Integer requestsPerMinute,
        Duration cacheFor, List<LivePersonProperties> persons) {

    public static final String API_KEY_ENV_VARIABLE = "FOOTBALL_DATA_API_KEY";
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.football-data.org/v4/");

    public LiveProviderProperties {
        enabled = enabled != null && enabled;
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?") || baseUrl.getHost() == null) {
            throw new InvalidConfigException("base-url", baseUrl, "use https://api.football-data.org/v4/");
        }
        if (!baseUrl.getPath().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new InvalidConfigException("timeout", timeout.toSeconds() + "s", "use 1s to 60s, e.g. 10s");
        }
        requestsPerMinute = requestsPerMinute == null ? 10 : requestsPerMinute;
        if (requestsPerMinute < 1 || requestsPerMinute > 1000) {
            throw new InvalidConfigException("requests-per-minute", requestsPerMinute,
                    "use your plan's limit, e.g. 10 for the free tier");
        }
        cacheFor = cacheFor == null ? Duration.ofHours(12) : cacheFor;
        if (cacheFor.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidConfigException("cache-for", cacheFor.toSeconds() + "s",
                    "keep answers at least 1m, e.g. 12h: contracts rarely change");
        }
        persons = persons == null ? List.of() : List.copyOf(persons);
    }

    public static LiveProviderProperties defaults() {
        return new LiveProviderProperties(null, null, null, null, null, null);
    }
}
