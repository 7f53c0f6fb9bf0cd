package dev.rumourmill.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.Permission;

/** The OAuth2 link that adds the bot with the scopes and permissions it needs (README: Discord setup). */
final class InviteUrl {

    static final EnumSet<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY,
            Permission.CREATE_PUBLIC_THREADS);

    private InviteUrl() {
    }

    static String forApplication(String applicationId, String guildId) {
        String url = "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot+applications.commands&permissions=" + Permission.getRaw(PERMISSIONS);
        return guildId == null ? url : url + "&guild_id=" + guildId + "&disable_guild_select=true";
    }
}
