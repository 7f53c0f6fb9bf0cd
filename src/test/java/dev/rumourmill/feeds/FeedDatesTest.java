package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "2026-11-28T09:30:00Z              | 2026-11-28T09:30:00Z",
        "2026-11-28T10:30:00+01:00         | 2026-11-28T09:30:00Z",
        "2026-11-28 09:30:00               | 2026-11-28T09:30:00Z",
        "2026-11-28T09:30:00               | 2026-11-28T09:30:00Z",
        "2026-11-28                        | 2026-11-28T00:00:00Z",
        "Sat, 28 Nov 2026 09:30:00 GMT     | 2026-11-28T09:30:00Z",
        "28 Nov 2026 09:30 +0000           | 2026-11-28T09:30:00Z",
        "Fri, 28 Aug 2026 09:00:00 EST     | 2026-08-28T14:00:00Z",
        "Sat, 28 Nov 26 09:30:00 CET       | 2026-11-28T08:30:00Z",
        "Saturday, 28 Nov 2026 09:30:00 -0500 | 2026-11-28T14:30:00Z",
        "'  Sat, 28 Nov 2026 09:30:00 +0000\n ' | 2026-11-28T09:30:00Z",
        "Sun, 28 Nov 2026 09:30:00 GMT     | 2026-11-28T09:30:00Z",
        "2026-11-28T09:30Z                 | 2026-11-28T09:30:00Z",
        "2026-11-28T09:30:00.250-05:00     | 2026-11-28T14:30:00.250Z",
        "2026-11                           | 2026-11-01T00:00:00Z",
        "2026                              | 2026-01-01T00:00:00Z"})
    @DisplayName("dates Rome gives up on are read by the fallback")
    void readsFallbackFormats(String raw, String expected) {
        assertThat(FeedDates.parse(raw)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "yesterday", "soon-ish", "32 Foo 2026 99:99"})
    @DisplayName("an unreadable date is null, never 'now'")
    void unreadableIsNull(String raw) {
        assertThat(FeedDates.parse(raw)).isNull();
    }
}
