package dev.rumourmill.feeds;

import java.time.Instant;

/**
 * A feed's polling state and health, as admins see it.
 *
 * @param etag         validator of the last fully handed-on body, or null
 * @param lastModified validator of the last fully handed-on body, or null
 * @param initialised  false until the first successful poll marked existing entries as seen
 * @param nextPollAt   when the feed is due next
 * @param disabledAt   when it was disabled after too many failures, or null while active
 */
public record FeedState(String etag, String lastModified, boolean initialised, Health health, Instant nextPollAt,
                        Instant disabledAt) {

    /**
     * How the feed's polls went lately.
     *
     * @param lastSuccessAt       the last poll that worked (200 or 304), or null
     * @param lastError           the last problem in plain words, or null
     * @param lastErrorAt         when it happened, or null
     * @param consecutiveFailures failures since the last success
     */
    public record Health(Instant lastSuccessAt, String lastError, Instant lastErrorAt, int consecutiveFailures) {
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    public Instant lastSuccessAt() {
        return health.lastSuccessAt();
    }

    public String lastError() {
        return health.lastError();
    }

    public Instant lastErrorAt() {
        return health.lastErrorAt();
    }

    public int consecutiveFailures() {
        return health.consecutiveFailures();
    }
}
