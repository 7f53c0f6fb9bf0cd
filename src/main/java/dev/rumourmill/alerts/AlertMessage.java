package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertStyle;
import java.time.Instant;
import java.util.List;

/**
 * An alert as any chat platform can show it. Text in it is already escaped and within Discord's limits
 * ({@link DiscordLimits}); the discord package only maps it onto an embed.
 *
 * @param content    text above the embed: the role mention when a channel opted into pings, else null
 * @param pingRoleId the only role the message may mention, or null: nobody is ever pinged by default
 * @param style      the form the platform shows it in: an embed (the default) or message components
 * @param tags       plain labels of the story (its clubs and stage) for platforms that tag posts, such as
 *                   Discord's forum channels; at most {@value #MAX_TAGS}, each at most {@value #TAG_LENGTH} characters
 */
public record AlertMessage(String content, Card card, String pingRoleId, AlertStyle style, List<String> tags) {

    /** Discord applies at most 5 tags to a forum post; tag names are 1 to 20 characters. */
    public static final int MAX_TAGS = 5;
    public static final int TAG_LENGTH = 20;

    /** The alert's card (an embed in Discord): everything but the text above it. */
    public record Card(String title, String url, String description, List<AlertField> fields, String thumbnailUrl,
            String footer, Instant timestamp, int colour) {
        public Card {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    public AlertMessage {
        card = card == null ? new Card(null, null, null, null, null, null, null, 0) : card;
        style = style == null ? AlertStyle.EMBED : style;
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().length() > TAG_LENGTH ? t.strip().substring(0, TAG_LENGTH).strip() : t.strip())
                .distinct().limit(MAX_TAGS).toList();
    }

    /** An alert shown as an embed, without tags. */
    public AlertMessage(String content, Card card, String pingRoleId) {
        this(content, card, pingRoleId, AlertStyle.EMBED, List.of());
    }

    /** The same alert in another form, fitted to that form's limits (message components hold less text). */
    public AlertMessage withStyle(AlertStyle newStyle) {
        return DiscordLimits.fit(new AlertMessage(content, card, pingRoleId, newStyle, tags));
    }

    /**
     * This alert within Discord's limits: text cut, links Discord would refuse dropped, surplus fields left
     * out. Alerts are fitted when made; renderers fit again, so rows stored by an older version are safe too.
     */
    public AlertMessage sendable() {
        return DiscordLimits.fit(this);
    }

    public String title() {
        return card.title();
    }

    public String url() {
        return card.url();
    }

    public String description() {
        return card.description();
    }

    public List<AlertField> fields() {
        return card.fields();
    }

    public String thumbnailUrl() {
        return card.thumbnailUrl();
    }

    public String footer() {
        return card.footer();
    }

    public Instant timestamp() {
        return card.timestamp();
    }

    public int colour() {
        return card.colour();
    }
}
