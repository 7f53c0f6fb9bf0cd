package dev.rumourmill.feeds;

import java.util.List;

/**
 * A whole feed after parsing.
 *
 * @param format   Rome's name for the format, e.g. {@code rss_2.0}, {@code atom_1.0}, {@code rss_1.0}
 * @param title    the feed's own title as plain text
 * @param link     the feed's home page, or null
 * @param entries  the entries in feed order
 * @param warnings problems that did not stop parsing, in words an admin understands
 */
public record ParsedFeed(String format, String title, String link, List<FeedEntry> entries, List<String> warnings) {

    public ParsedFeed {
        title = title == null ? "" : title;
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
