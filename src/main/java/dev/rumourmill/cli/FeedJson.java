package dev.rumourmill.cli;

import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.ParsedFeed;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape printed by inspect-feed; field order fixed so that output diffs stay readable. */
final class FeedJson {

    private FeedJson() {
    }

    static Map<String, Object> of(String source, ParsedFeed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("format", feed.format());
        json.put("title", feed.title());
        json.put("link", feed.link());
        json.put("entries", feed.entries().stream().map(FeedJson::entry).toList());
        json.put("warnings", feed.warnings());
        return json;
    }

    static Map<String, Object> failure(String source, String error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("error", error);
        return json;
    }

    private static Map<String, Object> entry(FeedEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("title", entry.title());
        json.put("link", entry.link());
        json.put("published", iso(entry.published()));
        json.put("updated", iso(entry.updated()));
        json.put("author", entry.author());
        json.put("summary", entry.summary());
        json.put("image", entry.image());
        return json;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
