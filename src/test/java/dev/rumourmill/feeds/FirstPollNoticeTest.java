package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FirstPollNoticeTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");

    private static FeedSource feed(int preview) {
        return new FeedSource(1, URI.create("https://feeds.bbci.co.uk/sport/football/rss.xml"), "BBC Sport football",
                Duration.ofMinutes(5), preview);
    }

    @Test
    @DisplayName("a connected bot's first poll says how many items there were, how fresh, and that new ones will be posted")
    void connectedWithoutPreview() {
        // GIVEN a first poll of 30 items, the newest 12 minutes old, no preview
        FirstPoll poll = new FirstPoll(feed(0), 30, NOW.minus(Duration.ofMinutes(12)), 0, NOW);

        // WHEN it is described for a connected bot
        String line = FirstPollNotice.line(poll, false);

        // THEN
        assertThat(line).isEqualTo("BBC Sport football: 30 items, newest 12 min ago — marked as seen; new items will be posted");
    }

    @Test
    @DisplayName("in preview mode the first poll says the latest entry is shown below and the rest marked as seen")
    void previewModeWithPreview() {
        FirstPoll poll = new FirstPoll(feed(1), 30, NOW.minus(Duration.ofHours(5)), 1, NOW);

        String line = FirstPollNotice.line(poll, true);

        assertThat(line).isEqualTo("BBC Sport football: 30 items, newest 5 h ago — the latest 1 shown below, the other 29 "
                + "marked as seen; new items will be shown here");
    }

    @Test
    @DisplayName("an empty or undated feed is described without a made-up age")
    void emptyAndUndated() {
        assertThat(FirstPollNotice.line(new FirstPoll(feed(0), 0, null, 0, NOW), false))
                .isEqualTo("BBC Sport football: no items yet — new items will be posted");
        assertThat(FirstPollNotice.line(new FirstPoll(feed(0), 4, null, 0, NOW), false))
                .isEqualTo("BBC Sport football: 4 items, none dated — marked as seen; new items will be posted");
    }
}
