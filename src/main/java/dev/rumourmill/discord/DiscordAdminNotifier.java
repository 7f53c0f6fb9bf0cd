package dev.rumourmill.discord;

import dev.rumourmill.alerts.AdminNotifier;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.RunMode;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts admin notices to {@code discord.admin-channel} when one is configured and reachable. */
class DiscordAdminNotifier implements AdminNotifier {

    private static final Logger log = LoggerFactory.getLogger(DiscordAdminNotifier.class);

    private final DiscordSession session;
    private final String channelId;
    private final RunMode mode;

    DiscordAdminNotifier(DiscordSession session, BotProperties properties, RunMode mode) {
        this.session = session;
        this.channelId = properties.discord().adminChannel();
        this.mode = mode;
    }

    @Override
    public void notifyAdmins(String message) {
        if (channelId == null || mode.isPreview()) {
            return;
        }
        session.shardManager()
                .map(shards -> shards.getChannelById(GuildMessageChannel.class, channelId))
                .ifPresentOrElse(channel -> {
                    try {
                        channel.sendMessage(new MessageCreateBuilder()
                                        .setContent(ReplyRenderer.truncate("⚠️ " + message, ReplyRenderer.MAX_CONTENT))
                                        .setAllowedMentions(EnumSet.noneOf(MentionType.class))
                                        .build())
                                .queue(ok -> { }, failure -> log.warn("Could not post to the admin channel {}: {}",
                                        channelId, failure.getMessage()));
                    } catch (RuntimeException e) {
                        log.warn("Could not post to the admin channel {}: {}", channelId, e.getMessage());
                    }
                }, () -> log.warn("The admin channel {} is not visible to the bot", channelId));
    }
}
