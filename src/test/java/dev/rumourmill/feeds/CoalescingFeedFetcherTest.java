package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoalescingFeedFetcherTest {

    @Test
    @DisplayName("callers asking for the same URL while a fetch runs share it: one request, same result")
    void oneFetchPerUrl() throws Exception {
        // GIVEN a fetcher whose first request blocks until released
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        FetchResult body = new FetchResult(false, new byte[] {1}, "application/xml", null, null, null);
        CoalescingFeedFetcher fetcher = new CoalescingFeedFetcher(request -> {
            calls.incrementAndGet();
            await(release);
            return body;
        });
        FetchRequest request = FetchRequest.unconditional(URI.create("https://feeds.example.org/rss"));
        List<FetchResult> results = java.util.Collections.synchronizedList(new ArrayList<>());

        // WHEN five callers ask at once and all of them are waiting before the first fetch ends
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread thread = new Thread(() -> {
                try {
                    results.add(fetcher.fetch(request));
                } catch (FeedFetchException e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        // THEN the URL was fetched once and everybody got the result
        assertThat(calls).hasValue(1);
        assertThat(results).hasSize(5).allMatch(r -> r == body);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
