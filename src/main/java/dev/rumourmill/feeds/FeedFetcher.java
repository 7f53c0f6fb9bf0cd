package dev.rumourmill.feeds;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Gets the current body of a feed URL, or learns that it has not changed. */
public interface FeedFetcher {

    FetchResult fetch(FetchRequest request) throws FeedFetchException;

    /**
     * The same fetch without holding the caller's thread while the server answers; it completes with the
     * result or a {@link FeedFetchException}. This default runs the blocking fetch in the caller's thread.
     */
    default CompletableFuture<FetchResult> fetchAsync(FetchRequest request) {
        try {
            return CompletableFuture.completedFuture(fetch(request));
        } catch (FeedFetchException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for an asynchronous fetch; its failure is thrown as a fresh exception with this caller's stack. */
    static FetchResult await(CompletableFuture<FetchResult> fetch) throws FeedFetchException {
        try {
            return fetch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fetch.cancel(true);
            throw new FeedFetchException("The fetch was interrupted because the bot is stopping.", null, e);
        } catch (ExecutionException e) {
            throw asFetchException(e.getCause());
        }
    }

    /** What a failed asynchronous fetch means for an admin, whatever wrapped it on the way. */
    static FeedFetchException asFetchException(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof FeedFetchException fetch) {
            return new FeedFetchException(fetch.getMessage(), fetch.retryAfter(), fetch);
        }
        return new FeedFetchException("The fetch failed: " + cause.getMessage(), null, cause);
    }
}
