package dev.rumourmill.discord.screenshots;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Discord's markdown our alerts use, as HTML: backslash escapes, bold, headings ({@code ###}), small
 * text ({@code -#}), timestamps ({@code <t:…:f>}), role mentions and masked links. Everything else is shown as
 * written, HTML-escaped.
 */
final class DiscordMarkdownHtml {

    private static final Pattern TIMESTAMP = Pattern.compile("<t:(\\d+)(?::[tTdDfFR])?>");
    private static final Pattern ROLE = Pattern.compile("<@&(\\d+)>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(<?(https?://[^)>]+)>?\\)");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(ZoneOffset.UTC);

    private final Map<String, String> roleNames;

    DiscordMarkdownHtml(Map<String, String> roleNames) {
        this.roleNames = roleNames;
    }

    /** A whole text (content or a text display), line by line. */
    String block(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                html.append("<div class=\"h3\">").append(inline(line.substring(4))).append("</div>");
            } else if (line.startsWith("-# ")) {
                html.append("<div class=\"subtext\">").append(inline(line.substring(3))).append("</div>");
            } else {
                html.append("<div>").append(line.isEmpty() ? "&nbsp;" : inline(line)).append("</div>");
            }
        }
        return html.toString();
    }

    /** One line of text. */
    String inline(String text) {
        StringBuilder html = new StringBuilder();
        boolean bold = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String rest = text.substring(i);
            Matcher time = TIMESTAMP.matcher(rest);
            Matcher role = ROLE.matcher(rest);
            Matcher link = LINK.matcher(rest);
            if (c == '\\' && i + 1 < text.length() && !Character.isLetterOrDigit(text.charAt(i + 1))) {
                html.append(escape(String.valueOf(text.charAt(i + 1))));
                i += 2;
            } else if (rest.startsWith("**")) {
                html.append(bold ? "</strong>" : "<strong>");
                bold = !bold;
                i += 2;
            } else if (time.lookingAt()) {
                html.append("<span class=\"time\">")
                        .append(TIME.format(Instant.ofEpochSecond(Long.parseLong(time.group(1))))).append("</span>");
                i += time.end();
            } else if (role.lookingAt()) {
                html.append("<span class=\"mention\">@").append(escape(roleNames.getOrDefault(role.group(1), "unknown-role")))
                        .append("</span>");
                i += role.end();
            } else if (link.lookingAt()) {
                html.append("<a>").append(escape(link.group(1))).append("</a>");
                i += link.end();
            } else {
                html.append(escape(String.valueOf(c)));
                i++;
            }
        }
        return bold ? html.append("</strong>").toString() : html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
