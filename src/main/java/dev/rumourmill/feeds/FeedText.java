package dev.rumourmill.feeds;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Plain text from the strings feeds carry. The XML parser has already decoded entities once; feeds
 * that double-encode inside CDATA ({@code &ouml;}) need exactly one more pass, which jsoup does while
 * dropping tags. Nothing is decoded a third time, so a literal {@code &amp;lt;} in a headline survives
 * as {@code &lt;} rather than turning into markup.
 */
final class FeedText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");
    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("<[a-zA-Z/!]");

    private FeedText() {
    }

    /** A one-line text (title, author): tags dropped, entities decoded once, whitespace collapsed. */
    static String line(String raw) {
        if (raw == null) {
            return "";
        }
        String text = LOOKS_LIKE_MARKUP.matcher(raw).find() ? Jsoup.parse(raw).text() : Parser.unescapeEntities(raw, false);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** A body text (summary, content) from HTML: paragraphs kept apart by a space, nothing else. */
    static String fromHtml(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        return WHITESPACE.matcher(Jsoup.parseBodyFragment(raw).text()).replaceAll(" ").strip();
    }

    /** A URL as written in the feed, trimmed; null unless it is absolute http(s). */
    static String httpUrl(String raw) {
        if (raw == null) {
            return null;
        }
        String url = raw.strip();
        String lower = url.length() > 8 ? url.substring(0, 8).toLowerCase(java.util.Locale.ROOT) : "";
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        return url;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
