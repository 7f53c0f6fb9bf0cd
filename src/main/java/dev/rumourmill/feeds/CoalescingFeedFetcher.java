package dev.rumourmill.feeds;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One request per URL at a time: when several callers want the same feed at once (many servers
 * following one popular feed), the first one fetches and the others share its result.
 */
public final class CoalescingFeedFetcher implements FeedFetcher, AutoCloseable {

    private final FeedFetcher delegate;
    private final ConcurrentMap<URI, CompletableFuture<FetchResult>> inFlight = new ConcurrentHashMap<>();

    public CoalescingFeedFetcher(FeedFetcher delegate) {
        this.delegate = delegate;
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws FeedFetchException {
        return FeedFetcher.await(fetchAsync(request));
    }

    @Override
    public CompletableFuture<FetchResult> fetchAsync(FetchRequest request) {
        CompletableFuture<FetchResult> mine = new CompletableFuture<>();
        CompletableFuture<FetchResult> running = inFlight.putIfAbsent(request.url(), mine);
        if (running != null) {
            // A copy, so that one caller cancelling its wait does not cancel the others'.
            return running.copy();
        }
        CompletableFuture<FetchResult> fetch;
        try {
            fetch = delegate.fetchAsync(request);
        } catch (RuntimeException e) {
            fetch = CompletableFuture.failedFuture(e);
        }
        fetch.whenComplete((result, failure) -> {
            inFlight.remove(request.url(), mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(result);
            }
        });
        return mine.copy();
    }

    /** Closes the fetcher it shares, so that requests still in flight stop when the bot does. */
    @Override
    public void close() throws Exception {
        if (delegate instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
