package dev.rumourmill.feeds;

import java.time.Duration;

/**
 * The feed could not be fetched. The message is shown to admins as the feed's last error; a server
 * that asked us to come back later (Retry-After) says when.
 */
class FeedFetchException extends Exception {

    private final Duration retryAfter;

    public FeedFetchException(String message) {
        this(message, null, null);
    }

    public FeedFetchException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
