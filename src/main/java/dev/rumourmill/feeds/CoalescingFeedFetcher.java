package dev.rumourmill.feeds;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * One request per URL at a time: when several callers want the same feed at once (many servers
 * following one popular feed), the first one fetches and the others share its result.
 */
public final class CoalescingFeedFetcher implements FeedFetcher {

    private final FeedFetcher delegate;
    private final ConcurrentMap<URI, CompletableFuture<FetchResult>> inFlight = new ConcurrentHashMap<>();

    public CoalescingFeedFetcher(FeedFetcher delegate) {
        this.delegate = delegate;
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws FeedFetchException {
        CompletableFuture<FetchResult> mine = new CompletableFuture<>();
        CompletableFuture<FetchResult> running = inFlight.putIfAbsent(request.url(), mine);
        if (running != null) {
            return await(running);
        }
        try {
            FetchResult result = delegate.fetch(request);
            mine.complete(result);
            return result;
        } catch (FeedFetchException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(request.url(), mine);
        }
    }

    private static FetchResult await(CompletableFuture<FetchResult> running) throws FeedFetchException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetchException("The fetch was interrupted because the bot is stopping.", null, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FeedFetchException fetch) {
                throw new FeedFetchException(fetch.getMessage(), fetch.retryAfter(), fetch);
            }
            throw new FeedFetchException("The fetch failed: " + e.getCause().getMessage(), null, e.getCause());
        }
    }
}
