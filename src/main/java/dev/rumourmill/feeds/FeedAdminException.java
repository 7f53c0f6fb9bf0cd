package dev.rumourmill.feeds;

/** An admin's feed request that cannot be done; the message says why and what to do instead. */
public class FeedAdminException extends RuntimeException {

    public FeedAdminException(String message) {
        super(message);
    }
}
