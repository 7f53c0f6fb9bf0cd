package dev.rumourmill.discord;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.AppVersion;
import dev.rumourmill.system.RunningInstance;
import java.time.Duration;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /about}: which version runs, for how long, what it watches and where. */
class AboutCommand implements SlashCommand {

    private final BotProperties properties;
    private final RunningInstance instance;
    private final DiscordSession session;

    AboutCommand(BotProperties properties, RunningInstance instance, DiscordSession session) {
        this.properties = properties;
        this.instance = instance;
        this.session = session;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("about", "What this bot is, which version runs and what it watches");
    }

    @Override
    public Reply handle(CommandInput input) {
        return Reply.embed(ReplyEmbed.titled("Rumour Mill")
                .withDescription("Transfer rumours from the feeds this server follows, summarised, plus contract answers.")
                .withField("Version", AppVersion.current(), true)
                .withField("Uptime", describe(instance.uptime()), true)
                .withField("Feeds watched", String.valueOf(properties.feeds().size()), true)
                .withField("Servers", String.valueOf(session.guildCount()), true)
                .withFooter("Self-hosted · /about"));
    }

    static String describe(Duration uptime) {
        long days = uptime.toDays();
        long hours = uptime.toHoursPart();
        long minutes = uptime.toMinutesPart();
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        if (hours > 0) {
            return hours + "h " + minutes + "m";
        }
        return minutes + "m " + uptime.toSecondsPart() + "s";
    }
}
