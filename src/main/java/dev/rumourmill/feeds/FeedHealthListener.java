package dev.rumourmill.feeds;

/** Told about feed health changes that people should hear of. Implementations must not throw. */
@FunctionalInterface
public interface FeedHealthListener {

    void feedDisabled(FeedDisabled event);
}
