package dev.rumourmill.feeds;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
    private static final ThreadLocal<Parser> HTML_PARSER = ThreadLocal.withInitial(Parser::htmlParser);

    private FeedText() {
    }

    /** A one-line text (title, author): tags dropped, entities decoded once, whitespace collapsed. */
    static String line(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw;
        if (LOOKS_LIKE_MARKUP.matcher(raw).find()) {
            text = HTML_PARSER.get().parseInput(raw, "").text();
        } else if (raw.indexOf('&') >= 0) {
            // Text without tags parses to itself with its entities decoded. jsoup's Parser.unescapeEntities would do
            // the same with a new parser per call, and it never hands back its buffers, so every later parse on the
            // thread would allocate new ones.
            text = bodyText(raw);
        }
        return collapseWhitespace(text);
    }

    /** A body text (summary, content) from HTML: paragraphs kept apart by a space, nothing else. */
    static String fromHtml(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        // Text without a tag or an entity is what jsoup would give back, once its white space is clean.
        boolean plain = raw.indexOf('<') < 0 && raw.indexOf('&') < 0;
        return collapseWhitespace(plain && isClean(raw) ? raw : bodyText(raw));
    }

    /**
     * What {@code Jsoup.parseBodyFragment(html).text()} gives, with one parser per thread instead of a new one
     * (and its tag set) per call, and without moving the parsed nodes into a new document's body: their parent,
     * the fragment's root, holds exactly them.
     */
    private static String bodyText(String html) {
        List<Node> nodes = HTML_PARSER.get().parseFragmentInput(html, new Element("body"), "");
        return nodes.isEmpty() || !(nodes.get(0).parent() instanceof Element root) ? "" : root.text();
    }

    /** Runs of white space as one space, none at the ends; text that is already so (jsoup's usually is) as it is. */
    private static String collapseWhitespace(String text) {
        return isClean(text) ? text : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * True when neither jsoup's white-space normalising nor {@link #WHITESPACE} and {@code strip()} would change
     * the text: no white space other than single spaces inside it, and no invisible character jsoup drops.
     */
    private static boolean isClean(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1))) {
            return false;
        }
        boolean afterSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c < ' ' || c == '\u00A0' || c == '\u00AD' || c == '\u200B') {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return true;
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
