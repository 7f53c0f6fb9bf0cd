package dev.rumourmill.alerts;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Makes feed text safe to show in a chat message: markdown is shown literally, mentions cannot ping
 * (even if a client ignored allowed_mentions), and only http(s) links survive.
 */
public final class ChatText {

    private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|>#\\[\\]()<])");
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);

    private ChatText() {
    }

    /** Escapes markdown and neutralises @everyone, @here and &lt;@…&gt; mentions. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("\\s+", " ").strip();
        String escaped = MARKDOWN.matcher(plain).replaceAll("\\\\$1");
        // A zero-width space after @ keeps the word readable but makes it no mention at all.
        return MASS_MENTION.matcher(escaped).replaceAll("@\u200B$1");
    }

    /** The URL if it is an absolute http(s) URL without credentials, else null. */
    public static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getUserInfo() != null) {
                return null;
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * For text Discord shows without markdown (embed footers): escaping there would show backslashes, so
     * line breaks, control and bidirectional-override characters go, and mentions are neutralised.
     */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
        return MASS_MENTION.matcher(flat.replace("<@", "<\u200B@")).replaceAll("@\u200B$1");
    }
}
