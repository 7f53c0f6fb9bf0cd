package dev.rumourmill.discord.screenshots;

import static dev.rumourmill.discord.screenshots.DiscordMarkdownHtml.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws messages the fake Discord received as HTML in the style of Discord's dark theme: the classic embed
 * (colour bar, linked title, description, fields three to a row, thumbnail, footer with time) and Components V2
 * (container with accent bar, sections with a thumbnail, text displays, separators, link buttons). For the
 * documentation's screenshots only; it draws what the bot sent, so a change to the alerts shows in the pictures.
 */
final class DiscordMessageHtml {

    /** Images cannot be fetched (no internet in tests): every image is this drawing of a crest. */
    private static final String IMAGE = "data:image/svg+xml;utf8," + java.net.URLEncoder.encode(
            "<svg xmlns='http://www.w3.org/2000/svg' width='80' height='80'><rect width='80' height='80' rx='6' fill='#1f4e79'/>"
                    + "<path d='M40 12 L64 22 L60 52 Q52 66 40 70 Q28 66 20 52 L16 22 Z' fill='#f1c40f'/>"
                    + "<circle cx='40' cy='40' r='10' fill='#1f4e79'/></svg>", java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");

    private final DiscordMarkdownHtml markdown;

    DiscordMessageHtml(Map<String, String> roleNames) {
        this.markdown = new DiscordMarkdownHtml(roleNames);
    }

    /** A page with a channel heading and the messages, oldest first. */
    String page(String channelName, List<JsonNode> messages) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><style>")
                .append(DiscordCss.CSS).append("</style></head><body><div class=\"channel\"># ")
                .append(escape(channelName)).append("</div>");
        for (JsonNode message : messages) {
            html.append(message(message));
        }
        return html.append("</body></html>").toString();
    }

    private String message(JsonNode message) {
        StringBuilder html = new StringBuilder("<div class=\"message\">");
        if (message.has("message_reference")) {
            html.append("<div class=\"reply\">↱ <span class=\"name small\">Rumour Mill</span> replying to the story's alert</div>");
        }
        html.append("<div class=\"row\"><div class=\"avatar\">RM</div><div class=\"body\">")
                .append("<div class=\"header\"><span class=\"name\">Rumour Mill</span><span class=\"app\">APP</span>")
                .append("<span class=\"stamp\">").append(escape(edited(message))).append("</span></div>");
        String content = message.path("content").asText("");
        if (!content.isEmpty()) {
            html.append("<div class=\"content\">").append(markdown.block(content)).append("</div>");
        }
        for (JsonNode embed : message.path("embeds")) {
            html.append(embed(embed));
        }
        for (JsonNode component : message.path("components")) {
            html.append(component(component));
        }
        return html.append("</div></div></div>").toString();
    }

    private static String edited(JsonNode message) {
        return message.path("edited_timestamp").isNull() || message.path("edited_timestamp").isMissingNode()
                ? "Today at 10:00" : "Today at 10:00 (edited)";
    }

    private String embed(JsonNode embed) {
        StringBuilder html = new StringBuilder("<div class=\"embed\" style=\"border-left-color:")
                .append(colour(embed.path("color").asInt())).append("\"><div class=\"embed-main\">");
        if (embed.has("title")) {
            html.append("<div class=\"embed-title\">").append(markdown.inline(embed.path("title").asText())).append("</div>");
        }
        if (embed.has("description")) {
            html.append("<div class=\"embed-text\">").append(markdown.block(embed.path("description").asText())).append("</div>");
        }
        List<String> row = new ArrayList<>();
        html.append("<div class=\"fields\">");
        for (JsonNode field : embed.path("fields")) {
            String cell = "<div class=\"field\"><div class=\"field-name\">" + markdown.inline(field.path("name").asText())
                    + "</div><div class=\"field-value\">" + markdown.block(field.path("value").asText()) + "</div></div>";
            if (!field.path("inline").asBoolean() || row.size() == 3) {
                html.append(fieldRow(row));
            }
            row.add(cell);
            if (!field.path("inline").asBoolean()) {
                html.append(fieldRow(row));
            }
        }
        html.append(fieldRow(row)).append("</div>");
        if (embed.has("footer") || embed.has("timestamp")) {
            html.append("<div class=\"embed-footer\">").append(escape(embed.path("footer").path("text").asText("")));
            if (embed.has("timestamp")) {
                html.append(" • ").append(DiscordMarkdownHtml.TIME.format(Instant.parse(embed.path("timestamp").asText())));
            }
            html.append("</div>");
        }
        html.append("</div>");
        if (embed.has("thumbnail")) {
            html.append("<img class=\"thumb\" src=\"").append(IMAGE).append("\">");
        }
        return html.append("</div>").toString();
    }

    private static String fieldRow(List<String> cells) {
        if (cells.isEmpty()) {
            return "";
        }
        String html = "<div class=\"field-row\">" + String.join("", cells) + "</div>";
        cells.clear();
        return html;
    }

    private String component(JsonNode component) {
        return switch (component.path("type").asInt()) {
            case 17 -> "<div class=\"container\" style=\"border-left-color:" + colour(component.path("accent_color").asInt())
                    + "\">" + children(component) + "</div>";
            case 9 -> "<div class=\"section\"><div class=\"section-text\">" + children(component)
                    + "</div><img class=\"thumb\" src=\"" + IMAGE + "\"></div>";
            case 10 -> "<div class=\"text-display\">" + markdown.block(component.path("content").asText()) + "</div>";
            case 14 -> component.path("divider").asBoolean(true) ? "<hr class=\"separator\">" : "<div class=\"gap\"></div>";
            case 1 -> "<div class=\"action-row\">" + children(component) + "</div>";
            case 2 -> "<span class=\"button\">" + escape(component.path("label").asText())
                    + (component.path("style").asInt() == 5 ? " <span class=\"external\">↗</span>" : "") + "</span>";
            default -> "";
        };
    }

    private String children(JsonNode component) {
        StringBuilder html = new StringBuilder();
        for (JsonNode child : component.path("components")) {
            html.append(component(child));
        }
        return html.toString();
    }

    private static String colour(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }
}
