package dev.rumourmill.testsupport;

import dev.rumourmill.feeds.FeedEntry;
import java.time.Instant;

/** Fixture: a feed item as most news feeds carry one — a headline, a link, a publication date and a teaser. */
public final class FeedEntries {

    private static final String NO_AUTHOR = null;
    private static final String NO_IMAGE = null;

    private FeedEntries() {
    }

    /** No update date, author or image; the teaser is all the text there is. */
    public static FeedEntry article(String id, String title, String link, Instant published, String text) {
        return new FeedEntry(id, title, link, FeedEntry.Dates.published(published), NO_AUTHOR, text, text, NO_IMAGE);
    }
}
