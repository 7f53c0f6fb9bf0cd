package dev.rumourmill.discord;

import dev.rumourmill.alerts.AlertField;
import dev.rumourmill.alerts.AlertMessage;
import dev.rumourmill.alerts.ChatText;
import dev.rumourmill.alerts.DiscordLimits;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.container.Container;
import net.dv8tion.jda.api.components.container.ContainerChildComponent;
import net.dv8tion.jda.api.components.section.Section;
import net.dv8tion.jda.api.components.separator.Separator;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.thumbnail.Thumbnail;

/**
 * Lays an {@link AlertMessage} out in Discord's message components (Components V2): the role mention (if this
 * update pings) above one container in the story's colour, holding the headline and summary with the image
 * beside them, the sources, confidence, stage and contract lines, a small footer with the publication time
 * (shown in each reader's time zone), and a link button to the article. At most 11 components and
 * {@link DiscordLimits#COMPONENTS_TEXT} characters of text: the alert was fitted to that form before.
 */
final class ComponentsAlertLayout {

    static final String READ_ARTICLE = "Read the article";

    private ComponentsAlertLayout() {
    }

    static List<MessageTopLevelComponent> components(AlertMessage alert) {
        List<ContainerChildComponent> inside = new ArrayList<>();
        TextDisplay story = TextDisplay.of(headline(alert));
        inside.add(alert.thumbnailUrl() == null ? story : Section.of(Thumbnail.fromUrl(alert.thumbnailUrl()), story));
        String facts = facts(alert.fields());
        if (!facts.isEmpty()) {
            inside.add(Separator.createDivider(Separator.Spacing.SMALL));
            inside.add(TextDisplay.of(facts));
        }
        String footer = footer(alert);
        if (!footer.isEmpty()) {
            inside.add(TextDisplay.of(footer));
        }
        if (alert.url() != null && alert.url().length() <= DiscordLimits.LINK_BUTTON_URL) {
            inside.add(ActionRow.of(Button.link(alert.url(), READ_ARTICLE)));
        }
        Container card = Container.of(inside).withAccentColor(alert.colour());
        List<MessageTopLevelComponent> top = new ArrayList<>();
        if (alert.content() != null && !alert.content().isBlank()) {
            top.add(TextDisplay.of(alert.content()));
        }
        top.add(card);
        return top;
    }

    /** The title as a heading, then the summary; text in them is already escaped. */
    private static String headline(AlertMessage alert) {
        StringBuilder text = new StringBuilder();
        if (alert.title() != null && !alert.title().isBlank()) {
            text.append("### ").append(alert.title());
        }
        if (alert.description() != null && !alert.description().isBlank()) {
            text.append(text.isEmpty() ? "" : "\n").append(alert.description());
        }
        return text.isEmpty() ? "-" : text.toString();
    }

    /** Inline fields share a line ("Confidence … · Stage …"); the others get a bold name over their value. */
    static String facts(List<AlertField> fields) {
        List<String> lines = new ArrayList<>();
        List<String> inline = new ArrayList<>();
        for (AlertField field : fields) {
            if (field.inline()) {
                inline.add("**" + field.name() + "** " + field.value());
                continue;
            }
            flush(inline, lines);
            lines.add("**" + field.name() + "**\n" + field.value());
        }
        flush(inline, lines);
        return String.join("\n", lines);
    }

    private static void flush(List<String> inline, List<String> lines) {
        if (!inline.isEmpty()) {
            lines.add(String.join(" · ", inline));
            inline.clear();
        }
    }

    /**
     * Small text: the footer (plain text in an embed, so escaped for markdown here), the publication time as a
     * Discord timestamp, and the article link when it is too long for a link button.
     */
    private static String footer(AlertMessage alert) {
        List<String> parts = new ArrayList<>();
        if (alert.footer() != null && !alert.footer().isBlank()) {
            parts.add(ChatText.escape(alert.footer()));
        }
        if (alert.timestamp() != null) {
            parts.add("<t:" + alert.timestamp().getEpochSecond() + ":f>");
        }
        if (alert.url() != null && alert.url().length() > DiscordLimits.LINK_BUTTON_URL) {
            parts.add("[" + READ_ARTICLE + "](<" + alert.url() + ">)");
        }
        return parts.isEmpty() ? "" : "-# " + String.join(" · ", parts);
    }
}
