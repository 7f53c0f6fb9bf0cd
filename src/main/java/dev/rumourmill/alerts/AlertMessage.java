package dev.rumourmill.alerts;

import java.time.Instant;
import java.util.List;

/**
 * An alert as any chat platform can show it. Text in it is already escaped and within Discord's limits
 * ({@link DiscordLimits}); the discord package only maps it onto an embed.
 *
 * @param content    text above the embed: the role mention when a channel opted into pings, else null
 * @param pingRoleId the only role the message may mention, or null: nobody is ever pinged by default
 */
public record AlertMessage(
        String content,
        String title,
        String url,
        String description,
        List<AlertField> fields,
        String thumbnailUrl,
        String footer,
        Instant timestamp,
        int colour,
        String pingRoleId) {

    public AlertMessage {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /**
     * This alert within Discord's limits: text cut, links Discord would refuse dropped, surplus fields left
     * out. Alerts are fitted when made; renderers fit again, so rows stored by an older version are safe too.
     */
    public AlertMessage sendable() {
        return DiscordLimits.fit(this);
    }
}
