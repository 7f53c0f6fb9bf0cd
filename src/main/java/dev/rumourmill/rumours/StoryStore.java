package dev.rumourmill.rumours;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where {@link StoryClusterer} keeps its open stories: in memory for one process ({@link InMemoryStoryStore}),
 * or in a database shared by every process and kept across restarts (an adapter outside this package).
 */
public interface StoryStore {

    /**
     * Runs {@code change} on the player's stories last seen at or after {@code since}, oldest first, with no
     * other change to that player's stories in between — from this thread, another, or another process. A
     * store inside a transaction keeps that exclusion until the transaction ends.
     */
    <T> T change(String playerId, Instant since, Change<T> change);

    /** Every stored story last seen at or after {@code since}, oldest first. */
    List<StoryRecord> openSince(Instant since);

    /** What the clusterer does with one player's stories; {@code save} stores a story and returns it with its id. */
    @FunctionalInterface
    interface Change<T> {
        T apply(List<StoryRecord> stories, UnaryOperator<StoryRecord> save);
    }
}
