package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.PollingProperties;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final FeedSource FEED = new FeedSource(1, URI.create("https://a.example/rss"), "A", Duration.ofMinutes(5), 0);

    private static PollSchedule schedule(Duration jitter) {
        return new PollSchedule(new PollingProperties(jitter, Duration.ofHours(1), null, null, null, null, null),
                new SplittableRandom(7));
    }

    @Test
    @DisplayName("back-off doubles per failure and stops at max-backoff")
    void backoffCapped() {
        PollSchedule schedule = schedule(Duration.ZERO);

        assertThat(schedule.afterFailure(FEED, NOW, 1, null)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(schedule.afterFailure(FEED, NOW, 4, null)).isEqualTo(NOW.plus(Duration.ofMinutes(40)));
        assertThat(schedule.afterFailure(FEED, NOW, 5, null)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(schedule.afterFailure(FEED, NOW, 500, null)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    @DisplayName("Retry-After beyond the back-off is obeyed, up to one day")
    void retryAfterCapped() {
        PollSchedule schedule = schedule(Duration.ZERO);

        assertThat(schedule.afterFailure(FEED, NOW, 1, Duration.ofHours(3))).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(schedule.afterFailure(FEED, NOW, 1, Duration.ofDays(30))).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(schedule.afterFailure(FEED, NOW, 1, Duration.ofSeconds(10))).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("max-age stretches the interval up to max-backoff and never shortens it")
    void maxAge() {
        PollSchedule schedule = schedule(Duration.ZERO);

        assertThat(schedule.afterSuccess(FEED, NOW, Duration.ofMinutes(20))).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(schedule.afterSuccess(FEED, NOW, Duration.ofDays(2))).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(schedule.afterSuccess(FEED, NOW, Duration.ofSeconds(30))).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("jitter adds between zero and the configured delay")
    void jitterBounded() {
        PollSchedule schedule = schedule(Duration.ofSeconds(30));

        for (int i = 0; i < 200; i++) {
            assertThat(schedule.afterSuccess(FEED, NOW, null))
                    .isBetween(NOW.plus(Duration.ofMinutes(5)), NOW.plus(Duration.ofMinutes(5)).plusSeconds(30));
        }
    }
}
