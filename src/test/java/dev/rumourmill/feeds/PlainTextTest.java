package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    @DisplayName("a teaser is made plain text once, on first read, and compares by its text")
    void workedOutOnceWhenRead() {
        // GIVEN a teaser whose conversion is counted
        AtomicInteger conversions = new AtomicInteger();
        PlainText teaser = PlainText.later("<p>Fee <b>agreed</b></p>", html -> {
            conversions.incrementAndGet();
            return FeedText.fromHtml(html);
        });

        // WHEN nothing reads it, then it is read twice
        int beforeReading = conversions.get();
        String first = teaser.text();
        String second = teaser.text();

        // THEN it was converted only when read, once, and equals the same text given directly
        assertThat(beforeReading).isZero();
        assertThat(first).isEqualTo("Fee agreed").isSameAs(second);
        assertThat(conversions).hasValue(1);
        assertThat(teaser).isEqualTo(PlainText.of("Fee agreed")).hasSameHashCodeAs(PlainText.of("Fee agreed"));
    }

    @Test
    @DisplayName("an entry without full content takes the teaser's text as its content")
    void contentFallsBackToTheTeaser() {
        // GIVEN an entry with a teaser and no content
        FeedEntry entry = new FeedEntry("id-1", "Title", null, null, null,
                PlainText.later("<p>Only a teaser</p>", FeedText::fromHtml), "", null);

        // THEN both read as the teaser's text
        assertThat(entry.content()).isEqualTo("Only a teaser");
        assertThat(entry.summary()).isEqualTo("Only a teaser");
    }
}
