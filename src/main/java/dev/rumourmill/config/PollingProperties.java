package dev.rumourmill.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * How feeds are fetched.
 *
 * @param jitter               random delay added to each poll so feeds do not all fire at once
 * @param maxBackoff           the longest wait between retries of a failing feed
 * @param disableAfterFailures a feed is disabled (and admins told) after this many failures in a row
 * @param maxBodySize          the largest feed body downloaded; larger bodies are cut off and reported
 * @param maxEntryAge          entries older than this are never delivered (so an outage cannot flood)
 * @param perHostConcurrency   at most this many fetches to one host at a time
 * @param allowPrivateHosts    hosts allowed even though they resolve to private or loopback addresses
 * @param maxInFlight          at most this many feed fetches at a time, all websites together; each holds up to
 *                             max-body-size of memory while it runs
 */
public record PollingProperties(
        Duration jitter,
        Duration maxBackoff,
        Integer disableAfterFailures,
        DataSize maxBodySize,
        Duration maxEntryAge,
        Integer perHostConcurrency,
        List<String> allowPrivateHosts,
        Integer maxInFlight) {

    public static final int DEFAULT_MAX_IN_FLIGHT = 64;

    @ConstructorBinding
    public PollingProperties {
        jitter = jitter == null ? Duration.ofSeconds(30) : jitter;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        disableAfterFailures = disableAfterFailures == null ? 20 : disableAfterFailures;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(5) : maxBodySize;
        maxEntryAge = maxEntryAge == null ? Duration.ofHours(48) : maxEntryAge;
        perHostConcurrency = perHostConcurrency == null ? 2 : perHostConcurrency;
        allowPrivateHosts = allowPrivateHosts == null ? List.of() : List.copyOf(allowPrivateHosts);
        maxInFlight = maxInFlight == null ? DEFAULT_MAX_IN_FLIGHT : maxInFlight;
        if (jitter.isNegative()) {
            throw new InvalidConfigException("jitter", jitter, "use 0s or a positive duration, e.g. 30s");
        }
        if (maxBackoff.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidConfigException("max-backoff", maxBackoff, "use 1m or more, e.g. 1h");
        }
        if (disableAfterFailures < 1) {
            throw new InvalidConfigException("disable-after-failures", disableAfterFailures, "use 1 or more, e.g. 20");
        }
        if (maxBodySize.toBytes() < 1024 || maxBodySize.toMegabytes() > 100) {
            throw new InvalidConfigException("max-body-size", maxBodySize, "use a size from 1KB to 100MB, e.g. 5MB");
        }
        if (maxEntryAge.compareTo(Duration.ofHours(1)) < 0) {
            throw new InvalidConfigException("max-entry-age", maxEntryAge, "use 1h or more, e.g. 48h");
        }
        if (perHostConcurrency < 1 || perHostConcurrency > 16) {
            throw new InvalidConfigException("per-host-concurrency", perHostConcurrency, "use a number from 1 to 16");
        }
        if (maxInFlight < 1 || maxInFlight > 1024) {
            throw new InvalidConfigException("max-in-flight", maxInFlight, "use a number from 1 to 1024, e.g. 64");
        }
    }

    /** With the default in-flight cap. */
    public PollingProperties(Duration jitter, Duration maxBackoff, Integer disableAfterFailures, DataSize maxBodySize,
                             Duration maxEntryAge, Integer perHostConcurrency, List<String> allowPrivateHosts) {
        this(jitter, maxBackoff, disableAfterFailures, maxBodySize, maxEntryAge, perHostConcurrency, allowPrivateHosts, null);
    }

    public static PollingProperties defaults() {
        return new PollingProperties(null, null, null, null, null, null, null, null);
    }
}
