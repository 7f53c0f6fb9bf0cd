package dev.rumourmill.discord;

import dev.rumourmill.alerts.Digests;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /digest now}: posts this channel's round-up so far (its {@code post.digest} or {@code /alerts digest}
 * schedule goes on from there). For members with Manage Server, checked again here.
 */
class DigestCommand implements SlashCommand {

    private final Digests digests;

    DigestCommand(Digests digests) {
        this.digests = digests;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("digest", "This channel's transfer round-up")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(AdminGate.MANAGERS_ONLY)
                .addSubcommands(new SubcommandData("now", "Post the round-up so far in this channel"));
    }

    @Override
    public boolean repliesPrivately() {
        return true;
    }

    @Override
    public Reply handle(CommandInput input) {
        AdminGate.requireManager(input);
        if (!"now".equals(input.subcommand())) {
            throw new IllegalStateException("unknown subcommand " + input.subcommand());
        }
        try {
            return Reply.text(digests.postNow(input.channelId())).privately();
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
