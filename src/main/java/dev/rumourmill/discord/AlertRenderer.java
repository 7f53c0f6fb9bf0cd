package dev.rumourmill.discord;

import dev.rumourmill.alerts.AlertField;
import dev.rumourmill.alerts.AlertMessage;
import dev.rumourmill.config.AlertStyle;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.AbstractMessageBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Maps a platform-neutral {@link AlertMessage} (already escaped, and fitted to Discord's limits once more
 * here) onto one embed, or — for an alert in {@link AlertStyle#COMPONENTS} — onto message components with the
 * IS_COMPONENTS_V2 flag and neither content nor embeds ({@link ComponentsAlertLayout}). JDA's own checks throw
 * IllegalArgumentException for anything left over; the sender turns that into a per-alert refusal.
 * allowed_mentions is always sent: empty, or exactly the one role the channel opted into.
 */
final class AlertRenderer {

    private AlertRenderer() {
    }

    static MessageCreateData create(AlertMessage alert) {
        return fill(new MessageCreateBuilder(), alert).build();
    }

    static MessageEditData edit(AlertMessage alert) {
        return fill(new MessageEditBuilder(), alert).build();
    }

    private static <B extends AbstractMessageBuilder<?, B>> B fill(B builder, AlertMessage stored) {
        // Fitted again: a row stored by an older version may still hold something Discord refuses.
        AlertMessage alert = stored.sendable();
        if (alert.style() == AlertStyle.COMPONENTS) {
            builder.useComponentsV2(true).setComponents(ComponentsAlertLayout.components(alert));
        } else {
            builder.setContent(alert.content() == null ? "" : alert.content()).setEmbeds(List.of(embed(alert)));
        }
        builder.setAllowedMentions(EnumSet.noneOf(MentionType.class)).mentionRepliedUser(false);
        if (alert.pingRoleId() != null) {
            builder.mentionRoles(alert.pingRoleId());
        }
        return builder;
    }

    static MessageEmbed embed(AlertMessage alert) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(alert.title(), alert.url())
                .setDescription(alert.description())
                .setColor(alert.colour())
                .setThumbnail(alert.thumbnailUrl())
                .setFooter(alert.footer())
                .setTimestamp(alert.timestamp());
        for (AlertField field : alert.fields()) {
            embed.addField(field.name(), field.value(), field.inline());
        }
        return embed.build();
    }
}
