package dev.rumourmill.discord;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: its definition and its handler. Declare an implementation as a Spring bean and the
 * {@link CommandRegistry} registers it with Discord on start; the {@link InteractionRouter} calls it.
 *
 * <p>The handler runs off JDA's event thread. When it takes longer than about 1.5 s the router defers
 * the reply first, so slow work is fine. Throw {@link CommandException} (or return
 * {@link Reply#userError}) for mistakes of the user; anything else thrown becomes "Something went wrong".
 */
interface SlashCommand {

    SlashCommandData data();

    Reply handle(CommandInput input) throws Exception;

    default String name() {
        return data().getName();
    }

    /** Whether a slow reply should be private from the start (deferral has to decide before the answer). */
    default boolean repliesPrivately() {
        return false;
    }
}
