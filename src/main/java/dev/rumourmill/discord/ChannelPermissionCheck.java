package dev.rumourmill.discord;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.PostAs;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.NewsChannel;
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

    /** Where a channel is named in bot-config.yml, and how alerts are posted there. */
    private record Named(String key, PostAs as) {
    }

    private final Map<String, Named> channels = new LinkedHashMap<>();
    private final DiscordStartupFindings findings;

    ChannelPermissionCheck(BotProperties properties, DiscordStartupFindings findings) {
        this.findings = findings;
        for (int i = 0; i < properties.alerts().size(); i++) {
            AlertRouteProperties route = properties.alerts().get(i);
            channels.putIfAbsent(route.channel(), new Named("alerts[" + i + "].channel", route.postAs()));
        }
        if (properties.discord().adminChannel() != null) {
            channels.putIfAbsent(properties.discord().adminChannel(), new Named("discord.admin-channel", PostAs.MESSAGE));
        }
    }

    /**
     * @param runsAllShards whether this process sees every server; if not, a channel it cannot find may
     *                      simply belong to another process's shard and is not reported
     */
    void check(ShardManager shards, boolean runsAllShards) {
        channels.forEach((channelId, named) -> {
            String key = named.key();
            GuildChannel channel = shards.getGuildChannelById(channelId);
            if (channel == null) {
                if (runsAllShards) {
                    findings.warn("The bot cannot see channel " + channelId + " (" + key + " in bot-config.yml): it was "
                            + "deleted, or the bot is not in its server. Fix: correct the id, or invite the bot to that server.");
                }
                return;
            }
            String unfit = unfit(channel, named.as());
            if (unfit != null) {
                findings.warn("Channel #" + channel.getName() + " (" + channelId + ", " + key + ") " + unfit);
                return;
            }
            EnumSet<Permission> missing = EnumSet.copyOf(NEEDED);
            if (named.as() == PostAs.THREAD || named.as() == PostAs.FORUM) {
                missing.add(Permission.MESSAGE_SEND_IN_THREADS);
            }
            if (named.as() == PostAs.THREAD) {
                missing.add(Permission.CREATE_PUBLIC_THREADS);
            }
            missing.removeAll(channel.getGuild().getSelfMember().getPermissions(channel));
            for (Permission permission : missing) {
                findings.warn("The bot lacks the '" + permission.getName() + "' permission in #" + channel.getName()
                        + " (" + channelId + ", " + key + ") on server '" + channel.getGuild().getName()
                        + "', so it cannot post alerts there. Fix: in Discord, Edit Channel > Permissions, allow '"
                        + permission.getName() + "' for the bot's role.");
            }
        });
    }

    /** Why the channel cannot take alerts posted as the route says, or null when it can. */
    private static String unfit(GuildChannel channel, PostAs as) {
        if (as == PostAs.FORUM) {
            return channel instanceof ForumChannel ? null : "is not a forum channel, but its route says post.as: forum. "
                    + "Fix: use the id of a forum channel, or set post.as to message or thread.";
        }
        if (as == PostAs.ANNOUNCEMENT && !(channel instanceof NewsChannel)) {
            return "is not an announcement channel, so alerts cannot be published from it. Fix: make it an announcement "
                    + "channel (Edit Channel > Overview), or set post.as to message.";
        }
        if (!(channel instanceof GuildMessageChannel)) {
            return "is not a text channel, so the bot cannot post there. Fix: use the id of a text or announcement channel"
                    + (channel instanceof ForumChannel ? ", or set post.as: forum on the route." : ".");
        }
        return null;
    }
}
