package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollSlotsTest {

    private final Map<String, CompletableFuture<Void>> started = new LinkedHashMap<>();

    @Test
    @DisplayName("feeds of a host at its limit wait in that host's line without taking a slot from other hosts")
    void hostLineTakesNoGlobalSlot() throws Exception {
        // GIVEN two slots in all and one poll per host
        PollSlots slots = new PollSlots(2, 1, this::start);

        // WHEN three feeds of one host and then one of another are submitted
        for (FeedStateStore.Due due : List.of(due(1, "a.example"), due(2, "a.example"), due(3, "a.example"), due(4, "b.example"))) {
            slots.submit(due);
        }

        // THEN the first of each host runs, the other two wait for their host's turn
        assertThat(started.keySet()).containsExactly("1", "4");
    }

    @Test
    @DisplayName("a finished poll hands its host's turn to the next feed in line, and awaitAll returns when all ended")
    void turnPassesOn() throws Exception {
        // GIVEN one host with three due feeds and a limit of one at a time
        PollSlots slots = new PollSlots(4, 1, this::start);
        for (int n = 1; n <= 3; n++) {
            slots.submit(due(n, "a.example"));
        }

        // WHEN the running polls end one after the other
        started.get("1").complete(null);
        started.get("2").complete(null);
        started.get("3").complete(null);
        slots.awaitAll();

        // THEN each started only after the one before it ended, and nothing is left
        assertThat(started.keySet()).containsExactly("1", "2", "3");
    }

    @Test
    @DisplayName("a feed that is not started (another process claimed it) gives its turn to the next one")
    void unclaimedFeedGivesWay() throws Exception {
        // GIVEN a start that refuses feed 1
        PollSlots slots = new PollSlots(1, 1, due -> due.feed().id() == 1 ? null : start(due));

        // WHEN two feeds of one host are submitted
        slots.submit(due(1, "a.example"));
        slots.submit(due(2, "a.example"));

        // THEN the second one runs
        assertThat(started.keySet()).containsExactly("2");
    }

    private CompletableFuture<?> start(FeedStateStore.Due due) {
        CompletableFuture<Void> poll = new CompletableFuture<>();
        started.put(String.valueOf(due.feed().id()), poll);
        return poll;
    }

    private static FeedStateStore.Due due(long id, String host) {
        FeedSource feed = new FeedSource(id, URI.create("https://" + host + "/feed/" + id), "feed " + id, Duration.ofMinutes(5), 0);
        FeedState neverPolled = new FeedState(null, null, false,
                new FeedState.Health(null, null, null, 0), Instant.parse("2026-12-01T10:00:00Z"), null);
        return new FeedStateStore.Due(feed, neverPolled);
    }
}
