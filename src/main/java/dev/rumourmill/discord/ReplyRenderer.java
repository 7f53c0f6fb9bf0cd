package dev.rumourmill.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.AbstractMessageBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns plain {@link Reply} values into Discord messages that always fit Discord's limits (long text is
 * cut with an ellipsis rather than rejected) and never ping anyone: allowed_mentions is always sent, empty.
 * Buttons become one action row; an edit always sends its rows, so a reply without buttons removes old ones.
 */
final class ReplyRenderer {

    static final int MAX_CONTENT = 2000;
    static final int MAX_EMBEDS = 10;
    static final int MAX_TITLE = 256;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_FIELDS = 25;
    static final int MAX_FIELD_NAME = 256;
    static final int MAX_FIELD_VALUE = 1024;
    static final int MAX_FOOTER = 2048;
    static final int MAX_EMBED_TOTAL = 6000;

    private ReplyRenderer() {
    }

    public static MessageCreateData create(Reply reply) {
        return fill(new MessageCreateBuilder(), reply).setFiles(files(reply)).build();
    }

    public static MessageEditData edit(Reply reply) {
        return fill(new MessageEditBuilder(), reply).setFiles(files(reply)).build();
    }

    private static <B extends AbstractMessageBuilder<?, B>> B fill(B builder, Reply reply) {
        return builder.setContent(truncate(reply.content(), MAX_CONTENT))
                .setEmbeds(embeds(reply))
                .setComponents(rows(reply))
                .setAllowedMentions(EnumSet.noneOf(MentionType.class))
                .mentionRepliedUser(false);
    }

    static List<ActionRow> rows(Reply reply) {
        if (reply.buttons().isEmpty()) {
            return List.of();
        }
        return List.of(ActionRow.of(reply.buttons().stream()
                .map(b -> Button.secondary(b.id(), b.label()).withDisabled(b.disabled())).toList()));
    }

    static List<MessageEmbed> embeds(Reply reply) {
        List<MessageEmbed> rendered = new ArrayList<>();
        for (ReplyEmbed embed : reply.embeds().subList(0, Math.min(MAX_EMBEDS, reply.embeds().size()))) {
            rendered.add(embed(embed));
        }
        return rendered;
    }

    static MessageEmbed embed(ReplyEmbed embed) {
        // Fill in order of importance until the 6,000 character budget is used up.
        int budget = MAX_EMBED_TOTAL;
        EmbedBuilder builder = new EmbedBuilder();
        if (embed.title() != null && !embed.title().isBlank()) {
            String title = truncate(embed.title(), Math.min(MAX_TITLE, budget));
            builder.setTitle(title);
            budget -= title.length();
        }
        if (embed.footer() != null && !embed.footer().isBlank() && budget > 0) {
            String footer = truncate(embed.footer(), Math.min(MAX_FOOTER, budget));
            builder.setFooter(footer);
            budget -= footer.length();
        }
        int fields = 0;
        for (ReplyEmbed.Field field : embed.fields()) {
            if (fields == MAX_FIELDS || budget < 2) {
                break;
            }
            String name = truncate(blankToDash(field.name()), Math.min(MAX_FIELD_NAME, budget / 2));
            String value = truncate(blankToDash(field.value()), Math.min(MAX_FIELD_VALUE, budget - name.length()));
            builder.addField(name, value, field.inline());
            budget -= name.length() + value.length();
            fields++;
        }
        if (embed.description() != null && !embed.description().isBlank() && budget > 0) {
            builder.setDescription(truncate(embed.description(), Math.min(MAX_DESCRIPTION, budget)));
        }
        if (embed.color() != null) {
            builder.setColor(embed.color());
        }
        if (builder.isEmpty()) {
            builder.setDescription("-");
        }
        return builder.build();
    }

    private static List<FileUpload> files(Reply reply) {
        return reply.files().stream().map(file -> FileUpload.fromData(file.content(), file.name())).toList();
    }

    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        if (max <= 1) {
            return text.substring(0, Math.max(0, max));
        }
        return text.substring(0, max - 1) + "…";
    }

    private static String blankToDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
