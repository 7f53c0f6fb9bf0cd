package dev.rumourmill.discord;

import dev.rumourmill.feeds.FeedAdminException;
import dev.rumourmill.feeds.FeedAdministration;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedState;
import dev.rumourmill.feeds.FeedStateStore.FeedHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /feeds add|remove|list|preview}: which feeds the bot watches for this server, and how they are
 * doing. Managers only; every subcommand sees only the server it was run in.
 */
class FeedsCommand implements SlashCommand {

    private final FeedAdministration feeds;

    FeedsCommand(FeedAdministration feeds) {
        this.feeds = feeds;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("feeds", "Manage the news feeds the bot watches")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(AdminGate.MANAGERS_ONLY)
                .addSubcommands(
                        new SubcommandData("add", "Watch a new RSS or Atom feed (it is checked first)")
                                .addOption(OptionType.STRING, "url", "The feed's URL, https://…", true)
                                .addOption(OptionType.STRING, "name", "A short name shown in alerts", false)
                                .addOptions(new OptionData(OptionType.INTEGER, "every", "Minutes between checks (default 5)")
                                        .setRequiredRange(1, 1440)),
                        new SubcommandData("remove", "Stop watching a feed added with /feeds add")
                                .addOption(OptionType.STRING, "feed", "The feed", true, true),
                        new SubcommandData("list", "The watched feeds and their health"),
                        new SubcommandData("preview", "The newest entries of a watched feed, read now")
                                .addOption(OptionType.STRING, "feed", "The feed", true, true));
    }

    @Override
    public boolean repliesPrivately() {
        return true;
    }

    @Override
    public Reply handle(CommandInput input) {
        AdminGate.requireManager(input);
        try {
            return switch (input.subcommand()) {
                case "add" -> add(input);
                case "remove" -> Reply.text("Stopped watching \""
                        + Markdown.escape(feeds.remove(input.guildId(), input.requiredOption("feed")).name()) + "\".").privately();
                case "list" -> list(input.guildId());
                case "preview" -> preview(input.guildId(), input.requiredOption("feed"));
                default -> throw new IllegalStateException("unknown subcommand " + input.subcommand());
            };
        } catch (FeedAdminException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private Reply add(CommandInput input) {
        Duration every = Duration.ofMinutes(input.option("every").map(Long::parseLong).orElse(5L));
        var added = feeds.add(input.guildId(), input.requiredOption("url"), input.option("name").orElse(null), every);
        String newest = added.newestTitle() == null ? "" : "\nNewest entry: " + Markdown.escape(added.newestTitle());
        return Reply.text("Now watching \"" + Markdown.escape(added.feed().name()) + "\" every " + every.toMinutes()
                + " min: " + added.entries() + " entries found. Entries already in the feed are not posted; new "
                + "ones are from now on." + newest).privately();
    }

    private Reply list(String guildId) {
        List<FeedHealth> all = feeds.list(guildId);
        if (all.isEmpty()) {
            return Reply.text("No feeds are watched. Add one with /feeds add or in bot-config.yml.").privately();
        }
        ReplyEmbed embed = ReplyEmbed.titled("Watched feeds (" + all.size() + ")");
        for (FeedHealth health : all.subList(0, Math.min(25, all.size()))) {
            embed = embed.withField(dev.rumourmill.alerts.ChatText.plain(health.feed().name()), describe(health.state(), health.feed().url().toString()), false);
        }
        return Reply.embed(embed).privately();
    }

    static String describe(FeedState state, String url) {
        StringBuilder text = new StringBuilder(url).append('\n');
        if (state.disabled()) {
            text.append("⛔ Disabled since ").append(timestamp(state.disabledAt())).append(" after ")
                    .append(state.consecutiveFailures()).append(" failures");
        } else {
            text.append(state.consecutiveFailures() == 0 ? "✅" : "⚠️").append(" Last success: ")
                    .append(state.lastSuccessAt() == null ? "never" : timestamp(state.lastSuccessAt()))
                    .append(" · next check ").append(timestamp(state.nextPollAt()));
        }
        if (state.lastError() != null) {
            text.append("\nLast error: ").append(Markdown.escape(state.lastError()));
        }
        return text.toString();
    }

    private Reply preview(String guildId, String feed) {
        List<FeedEntry> entries = feeds.preview(guildId, feed, 5);
        if (entries.isEmpty()) {
            return Reply.text("The feed has no entries right now.").privately();
        }
        StringBuilder text = new StringBuilder("Newest entries (not posted anywhere):\n");
        for (FeedEntry entry : entries) {
            text.append("• ").append(Markdown.escape(entry.title()));
            if (entry.date() != null) {
                text.append(" (").append(timestamp(entry.date())).append(')');
            }
            text.append('\n');
        }
        return Reply.text(text.toString()).privately();
    }

    private static String timestamp(Instant instant) {
        return "<t:" + instant.getEpochSecond() + ":R>";
    }
}
