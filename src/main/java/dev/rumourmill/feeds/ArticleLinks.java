package dev.rumourmill.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * One key for the ways a link to the same article is written: with or without tracking parameters
 * ({@code utm_*}, {@code fbclid} …), a fragment, a trailing slash, {@code www.}, http or https, or upper-case
 * letters in the host. Used to find what the bot decided about an article from a link an admin pastes.
 */
public final class ArticleLinks {

    private ArticleLinks() {
    }

    /** "bbc.co.uk/sport/football/123?x=1" for "https://www.BBC.co.uk/sport/football/123/?x=1&utm_source=rss#top". */
    public static String key(String link) {
        String trimmed = link == null ? "" : link.strip();
        int fragment = trimmed.indexOf('#');
        String stripped = TrackingParameters.strip(fragment < 0 ? trimmed : trimmed.substring(0, fragment));
        try {
            URI uri = new URI(stripped);
            if (uri.getRawAuthority() == null) {
                return fallback(stripped);
            }
            String host = uri.getRawAuthority().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return host + path + (uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return fallback(stripped);
        }
    }

    /** The SHA-256 of {@link #key(String)} in hex: a short, indexable column however long the link. */
    public static String hash(String link) {
        return EntryIdentity.sha256(key(link));
    }

    private static String fallback(String link) {
        String lower = link.replaceFirst("(?i)^https?://", "").toLowerCase(Locale.ROOT);
        lower = lower.startsWith("www.") ? lower.substring(4) : lower;
        while (lower.endsWith("/")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
