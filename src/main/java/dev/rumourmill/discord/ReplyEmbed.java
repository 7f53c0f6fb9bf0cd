package dev.rumourmill.discord;

import java.util.List;

/** A Discord embed as a plain value; {@link ReplyRenderer} fits it into Discord's limits. */
record ReplyEmbed(String title, String description, List<Field> fields, String footer, Integer color) {

    public ReplyEmbed {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ReplyEmbed titled(String title) {
        return new ReplyEmbed(title, null, List.of(), null, null);
    }

    public ReplyEmbed withDescription(String text) {
        return new ReplyEmbed(title, text, fields, footer, color);
    }

    public ReplyEmbed withField(String name, String value, boolean inline) {
        var all = new java.util.ArrayList<>(fields);
        all.add(new Field(name, value, inline));
        return new ReplyEmbed(title, description, all, footer, color);
    }

    public ReplyEmbed withFooter(String text) {
        return new ReplyEmbed(title, description, fields, text, color);
    }

    public ReplyEmbed withColor(int rgb) {
        return new ReplyEmbed(title, description, fields, footer, rgb);
    }

    public record Field(String name, String value, boolean inline) {
    }
}
