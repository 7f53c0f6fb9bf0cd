package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntryIdentityTest {

    private static final Instant DATE = Instant.parse("2026-11-28T09:30:00Z");

    @Test
    @DisplayName("tracking parameters are removed from links and the rest of the query is kept in order")
    void trackingParametersStripped() {
        assertThat(TrackingParameters.strip("https://a.example/x?utm_source=rss&id=7&at_medium=RSS&page=2#top"))
                .isEqualTo("https://a.example/x?id=7&page=2#top");
        assertThat(TrackingParameters.strip("https://a.example/x?fbclid=1&ocid=2&CMP=share")).isEqualTo("https://a.example/x");
    }

    @Test
    @DisplayName("a stable guid wins; a re-issue suffix like #1 does not make a new entry")
    void guidWins() {
        String original = EntryIdentity.of("https://a.example/story/1#0", true, "https://a.example/story/1?x=1", "T", DATE);
        String reissued = EntryIdentity.of("https://a.example/story/1#1", true, "https://a.example/other", "T2", DATE.plusSeconds(600));

        assertThat(reissued).isEqualTo(original).isEqualTo("https://a.example/story/1");
    }

    @Test
    @DisplayName("without a usable guid the link minus tracking is the identity; a date-only guid is not usable")
    void linkFallback() {
        assertThat(EntryIdentity.of(null, false, "https://a.example/s?utm_medium=rss", "T", DATE)).isEqualTo("https://a.example/s");
        assertThat(EntryIdentity.of("Sat, 28 Nov 2026 09:30:00 GMT", true, "https://a.example/s", "T", DATE))
                .isEqualTo("https://a.example/s");
    }

    @Test
    @DisplayName("without guid or link, title and date are hashed together; the date alone never decides")
    void hashFallback() {
        String first = EntryIdentity.of(null, false, null, "Striker signs", DATE);
        String otherTitleSameDate = EntryIdentity.of(null, false, null, "Keeper signs", DATE);

        assertThat(first).startsWith("sha256:").isNotEqualTo(otherTitleSameDate);
        assertThat(EntryIdentity.of(null, false, null, "Striker signs", DATE)).isEqualTo(first);
    }
}
