package dev.rumourmill.feeds;

/** Gets the current body of a feed URL, or learns that it has not changed. */
public interface FeedFetcher {

    FetchResult fetch(FetchRequest request) throws FeedFetchException;
}
