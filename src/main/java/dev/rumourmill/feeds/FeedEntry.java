package dev.rumourmill.feeds;

import java.time.Instant;

/**
 * One item of a feed after parsing and cleaning: plain text only, trimmed, entities decoded once.
 *
 * @param id        the identity used for dedupe (see {@link EntryIdentity}); never the date alone
 * @param title     the headline as plain text (may be empty, never null)
 * @param link      the article URL (http or https only), or null
 * @param dates     when the item was published and last changed
 * @param author    the author's name(s), or null
 * @param summary   the teaser as plain text (may be empty, never null)
 * @param content   the fullest text the feed carries: {@code content:encoded} or Atom content, else the summary
 * @param image     an image URL from media:thumbnail, media:content or an image enclosure, or null
 */
public record FeedEntry(String id, String title, String link, Dates dates, String author, String summary,
                        String content, String image) {

    /**
     * @param published when the item was first published, or null if the feed gives no readable date
     * @param updated   when the item was last changed, or null
     */
    public record Dates(Instant published, Instant updated) {

        /** An item that gives only its publication date (or none). */
        public static Dates published(Instant published) {
            return new Dates(published, null);
        }
    }

    public FeedEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a feed entry needs an identity");
        }
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        content = content == null || content.isEmpty() ? summary : content;
        dates = dates == null ? new Dates(null, null) : dates;
    }

    public Instant published() {
        return dates.published();
    }

    public Instant updated() {
        return dates.updated();
    }

    /** The best date for ordering and age checks: published, else updated, else null. */
    public Instant date() {
        return published() != null ? published() : updated();
    }
}
