package dev.rumourmill.feeds;

/** Told about feed health changes that people should hear of. Implementations must not throw. */
@FunctionalInterface
interface FeedHealthListener {

    void feedDisabled(FeedDisabled event);

    /** A feed was read for the first time: what was in it, and what happens to it. */
    default void firstPolled(FirstPoll poll) {
    }
}
