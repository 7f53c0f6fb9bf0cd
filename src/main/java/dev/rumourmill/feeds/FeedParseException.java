package dev.rumourmill.feeds;

/** The body could not be read as a feed. The message is shown to admins as the feed's last error. */
public class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
