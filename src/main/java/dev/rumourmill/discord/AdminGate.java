package dev.rumourmill.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;

/**
 * Admin commands are hidden from members without Manage Server by Discord itself
 * ({@code default_member_permissions}); servers can change that, so every handler checks again here.
 */
final class AdminGate {

    static final DefaultMemberPermissions MANAGERS_ONLY = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);

    private AdminGate() {
    }

    static void requireManager(CommandInput input) {
        if (input.guildId() == null) {
            throw new CommandException("This command works in a server channel, not in direct messages.");
        }
        if (!input.has(Permission.MANAGE_SERVER)) {
            throw new CommandException("Only members with the Manage Server permission can change this bot's "
                    + "alerts and feeds.");
        }
    }
}
