package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Discord's limits for one message with one embed, or in message components (Components V2: 4,000 characters of
 * text in all). Alerts are fitted before they are stored and again before they are rendered, so whatever reaches
 * Discord is something it accepts: text is cut, a link Discord would refuse (not http(s), or over 2,000
 * characters) is dropped, surplus fields are left out.
 */
public final class DiscordLimits {

    static final int CONTENT = 2000;
    static final int TITLE = 256;
    static final int DESCRIPTION = 4096;
    static final int FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int EMBED_TOTAL = 6000;
    static final int URL = 2000;
    /** All text displays of a Components V2 message together. */
    public static final int COMPONENTS_TEXT = 4000;
    /** A link button takes at most 512 characters of URL; a longer link is written into the text instead. */
    public static final int LINK_BUTTON_URL = 512;
    /** The footer line under a components alert (Discord has no footer there, it is small text). */
    static final int COMPONENTS_FOOTER = 200;
    /**
     * Room the components form needs beside the alert's own text: heading and subtext marks, bold field names,
     * line breaks, the timestamp tag and a written-out link's label.
     */
    static final int COMPONENTS_MARKUP = 120;
    static final int COMPONENTS_FIELD_MARKUP = 8;

    private DiscordLimits() {
    }

    /** Cuts at a word boundary where one is near, and marks the cut with an ellipsis. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        int space = text.lastIndexOf(' ', end);
        if (space > max * 3 / 4) {
            end = space;
        }
        // Never leave half a surrogate pair or a dangling escape backslash at the cut.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The link if Discord takes it (absolute http(s), no credentials, at most 2,000 characters), else null. */
    static String url(String url) {
        String safe = ChatText.safeUrl(url);
        return safe == null || safe.length() > URL ? null : safe;
    }

    /** The message with every part within Discord's limits; an already fitting message comes back unchanged. */
    static AlertMessage fit(AlertMessage message) {
        List<AlertField> fields = new ArrayList<>();
        for (AlertField field : message.fields().subList(0, Math.min(message.fields().size(), FIELDS))) {
            // Discord refuses an empty field name or value.
            fields.add(new AlertField(cut(orDash(field.name()), FIELD_NAME), cut(orDash(field.value()), FIELD_VALUE),
                    field.inline()));
        }
        boolean components = message.style() == AlertStyle.COMPONENTS;
        String title = cut(message.title(), TITLE);
        String footer = cut(message.footer(), components ? COMPONENTS_FOOTER : FOOTER);
        String content = cut(message.content(), CONTENT);
        String url = url(message.url());
        int total = components ? COMPONENTS_TEXT : EMBED_TOTAL;
        int fieldMarkup = components ? COMPONENTS_FIELD_MARKUP : 0;
        int fixed = length(title) + (components ? componentsMarkup(content, footer, url) : length(footer));
        for (int i = 0; i < fields.size(); i++) {
            AlertField field = fields.get(i);
            int room = total - fixed - DESCRIPTION_FLOOR;
            if (field.name().length() + field.value().length() + fieldMarkup > room) {
                // Keep the first fields whole; a field that does not fit is left out with those after it.
                fields = fields.subList(0, i);
                break;
            }
            fixed += field.name().length() + field.value().length() + fieldMarkup;
        }
        String description = cut(message.description(), Math.min(DESCRIPTION, Math.max(1, total - fixed)));
        return new AlertMessage(content, new AlertMessage.Card(title, url, description, fields, url(message.thumbnailUrl()),
                footer, message.timestamp(), message.colour()), message.pingRoleId(), message.style(), message.tags());
    }

    /**
     * What a components alert spends on text besides title, fields and description: the mention line, the footer
     * (counted twice: it is escaped for markdown there, which at worst doubles it), a link too long for a button.
     */
    private static int componentsMarkup(String content, String footer, String url) {
        int link = url != null && url.length() > LINK_BUTTON_URL ? url.length() : 0;
        return COMPONENTS_MARKUP + length(content) + 2 * length(footer) + link;
    }

    /** Room kept for the description when fields are fitted, so the story's summary is never cut to nothing. */
    private static final int DESCRIPTION_FLOOR = 200;

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
