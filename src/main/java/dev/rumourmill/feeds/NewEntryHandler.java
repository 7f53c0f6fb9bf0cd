package dev.rumourmill.feeds;

/**
 * Receives each new entry exactly once. It is called inside the database transaction that records the
 * entry as seen: if it throws, the entry stays unseen and comes again on the next poll; if it writes
 * to the same database, those writes commit or roll back together with "seen".
 */
@FunctionalInterface
public interface NewEntryHandler {

    void handle(FeedSource feed, FeedEntry entry);
}
