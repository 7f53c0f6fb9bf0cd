package dev.rumourmill.feeds;

import dev.rumourmill.config.PollingProperties;
import java.time.Duration;
import java.util.List;

/**
 * The limits every feed fetch runs under.
 *
 * @param userAgent          sent with every request so publishers can see who is polling and why
 * @param connectTimeout     how long to wait for a connection
 * @param totalTimeout       how long one request may take from start to the last body byte
 * @param maxBodySize        the largest body accepted, before and after gzip/deflate
 * @param perHostConcurrency at most this many requests to one host at a time
 * @param allowPrivateHosts  hosts allowed to resolve to private or loopback addresses
 * @param maxInFlight        at most this many requests in flight (or queued for a host) at a time, all hosts together
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration totalTimeout, long maxBodySize,
                            int perHostConcurrency, List<String> allowPrivateHosts, int maxInFlight) {

    /** Where publishers can read what the bot is; shown in the User-Agent. */
    public static final String PROJECT_URL = "https://github.com/rumourmill/rumourmill";
    public static final int MAX_REDIRECTS = 5;

    public FetchSettings {
        allowPrivateHosts = List.copyOf(allowPrivateHosts);
    }

    /** With the default in-flight cap. */
    public FetchSettings(String userAgent, Duration connectTimeout, Duration totalTimeout, long maxBodySize,
                         int perHostConcurrency, List<String> allowPrivateHosts) {
        this(userAgent, connectTimeout, totalTimeout, maxBodySize, perHostConcurrency, allowPrivateHosts,
                PollingProperties.DEFAULT_MAX_IN_FLIGHT);
    }

    public static FetchSettings from(PollingProperties polling, String version) {
        return new FetchSettings("RumourMill/" + version + " (self-hosted Discord bot; +" + PROJECT_URL + ")",
                Duration.ofSeconds(10), Duration.ofSeconds(30), polling.maxBodySize().toBytes(),
                polling.perHostConcurrency(), polling.allowPrivateHosts(), polling.maxInFlight());
    }

    public FetchSettings withTotalTimeout(Duration timeout) {
        return new FetchSettings(userAgent, connectTimeout, timeout, maxBodySize, perHostConcurrency, allowPrivateHosts,
                maxInFlight);
    }
}
