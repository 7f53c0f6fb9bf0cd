package dev.rumourmill.discord;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.BotProperties;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * At start-up, checks that the bot can post in every channel named in bot-config.yml, and says which
 * permission is missing where. The bot still starts: the admin may fix it while it runs.
 */
class ChannelPermissionCheck {

    /** What posting an alert needs; a missing one makes Discord (or JDA) refuse the message. */
    static final EnumSet<Permission> NEEDED = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS);

    private final Map<String, String> channels = new LinkedHashMap<>();
    private final DiscordStartupFindings findings;

    ChannelPermissionCheck(BotProperties properties, DiscordStartupFindings findings) {
        this.findings = findings;
        for (int i = 0; i < properties.alerts().size(); i++) {
            AlertRouteProperties route = properties.alerts().get(i);
            channels.putIfAbsent(route.channel(), "alerts[" + i + "].channel");
        }
        if (properties.discord().adminChannel() != null) {
            channels.putIfAbsent(properties.discord().adminChannel(), "discord.admin-channel");
        }
    }

    /**
     * @param runsAllShards whether this process sees every server; if not, a channel it cannot find may
     *                      simply belong to another process's shard and is not reported
     */
    void check(ShardManager shards, boolean runsAllShards) {
        channels.forEach((channelId, key) -> {
            GuildChannel channel = shards.getGuildChannelById(channelId);
            if (channel == null) {
                if (runsAllShards) {
                    findings.warn("The bot cannot see channel " + channelId + " (" + key + " in bot-config.yml): it was "
                            + "deleted, or the bot is not in its server. Fix: correct the id, or invite the bot to that server.");
                }
                return;
            }
            if (!(channel instanceof GuildMessageChannel)) {
                findings.warn("Channel #" + channel.getName() + " (" + channelId + ", " + key + ") is not a text channel, "
                        + "so the bot cannot post there. Fix: use the id of a text or announcement channel.");
                return;
            }
            EnumSet<Permission> missing = EnumSet.copyOf(NEEDED);
            missing.removeAll(channel.getGuild().getSelfMember().getPermissions(channel));
            for (Permission permission : missing) {
                findings.warn("The bot lacks the '" + permission.getName() + "' permission in #" + channel.getName()
                        + " (" + channelId + ", " + key + ") on server '" + channel.getGuild().getName()
                        + "', so it cannot post alerts there. Fix: in Discord, Edit Channel > Permissions, allow '"
                        + permission.getName() + "' for the bot's role.");
            }
        });
    }
}
