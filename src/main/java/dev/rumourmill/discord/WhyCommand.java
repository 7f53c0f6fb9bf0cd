package dev.rumourmill.discord;

import dev.rumourmill.alerts.WhyService;
import java.net.URI;
import java.util.Locale;
import java.util.function.Predicate;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /why link:}: every decision the bot took about an article, for this server only — its feeds, the label
 * and cues, the story, this server's channels (queued or filtered, and why) and how far each alert got.
 * Managers only, answered privately.
 */
class WhyCommand implements SlashCommand {

    private final WhyService why;
    private final DiscordSession session;

    WhyCommand(WhyService why, DiscordSession session) {
        this.why = why;
        this.session = session;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("why", "Why an article was or was not posted: every decision the bot took about it")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(AdminGate.MANAGERS_ONLY)
                .addOption(OptionType.STRING, "link", "The article's link, https://…", true);
    }

    @Override
    public boolean repliesPrivately() {
        return true;
    }

    @Override
    public Reply handle(CommandInput input) {
        AdminGate.requireManager(input);
        String link = input.requiredOption("link").strip();
        if (!isWebLink(link)) {
            throw new CommandException("That is not an article link: paste the article's full address, "
                    + "starting with https:// (or http://).");
        }
        return WhyRendering.render(why.explain(link, input.guildId(), inServer(input.guildId())), input.guildId());
    }

    /** For bot-config.yml routes whose server the bot has not recorded yet: asks Discord's cache. */
    private Predicate<String> inServer(String guildId) {
        return channelId -> session.shardManager().map(manager -> {
            try {
                GuildChannel channel = manager.getGuildChannelById(channelId);
                return channel != null && channel.getGuild().getId().equals(guildId);
            } catch (NumberFormatException e) {
                return false;
            }
        }).orElse(false);
    }

    static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && link.length() <= 2048;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
