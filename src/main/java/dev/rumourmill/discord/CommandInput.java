package dev.rumourmill.discord;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;

/**
 * One slash command invocation, reduced to plain values.
 *
 * @param command           the command name, e.g. {@code contract}
 * @param subcommand        the subcommand name, or null
 * @param options           option values by name, as Discord sent them (numbers as their decimal text)
 * @param userId            who ran it
 * @param guildId           the server, or null in a direct message
 * @param channelId         the channel it was run in
 * @param memberPermissions the user's permissions in that channel (empty in a direct message)
 * @param forumId           when it was run in a forum post: the forum (which takes no commands itself), else null
 */
record CommandInput(
        String command,
        String subcommand,
        Map<String, String> options,
        String userId,
        String guildId,
        String channelId,
        EnumSet<Permission> memberPermissions,
        String forumId) {

    public CommandInput {
        options = Map.copyOf(options);
        memberPermissions = memberPermissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(memberPermissions);
    }

    /** The channel a command about "this channel" means: the forum when run in one of its posts, else the channel. */
    public String targetChannelId() {
        return forumId != null ? forumId : channelId;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** A required option; Discord enforces it, so its absence is a bug in the command's data. */
    public String requiredOption(String name) {
        return option(name).orElseThrow(() -> new IllegalStateException("missing required option " + name));
    }

    public boolean has(Permission permission) {
        return memberPermissions.contains(permission) || memberPermissions.contains(Permission.ADMINISTRATOR);
    }

    @Override
    public EnumSet<Permission> memberPermissions() {
        return memberPermissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(memberPermissions);
    }
}
