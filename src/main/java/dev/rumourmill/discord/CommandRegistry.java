package dev.rumourmill.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link SlashCommand}, {@link AutocompleteHandler} and {@link ButtonHandler} bean of the application, and their
 * registration with Discord: globally, or only in the configured dev guild, where changes show at once.
 */
class CommandRegistry {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistry.class);

    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
    private final Map<String, AutocompleteHandler> autocompletes = new LinkedHashMap<>();
    private final Map<String, ButtonHandler> buttons = new LinkedHashMap<>();
    private final DiscordStartupFindings findings;

    CommandRegistry(List<SlashCommand> commands, List<AutocompleteHandler> autocompletes, List<ButtonHandler> buttons,
            DiscordStartupFindings findings) {
        this.findings = findings;
        for (ButtonHandler handler : buttons) {
            if (handler.prefix().isBlank() || handler.prefix().contains(":")) {
                throw new IllegalStateException("a button prefix needs a name without ':', not '" + handler.prefix() + "'");
            }
            if (this.buttons.putIfAbsent(handler.prefix(), handler) != null) {
                throw new IllegalStateException("two button handlers for the prefix " + handler.prefix());
            }
        }
        for (SlashCommand command : commands) {
            if (this.commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalStateException("two commands are called /" + command.name());
            }
        }
        for (AutocompleteHandler handler : autocompletes) {
            if (!this.commands.containsKey(handler.commandName())) {
                throw new IllegalStateException("autocomplete for unknown command /" + handler.commandName());
            }
            if (this.autocompletes.putIfAbsent(handler.commandName(), handler) != null) {
                throw new IllegalStateException("two autocomplete handlers for /" + handler.commandName());
            }
        }
    }

    Optional<SlashCommand> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    Optional<AutocompleteHandler> autocomplete(String name) {
        return Optional.ofNullable(autocompletes.get(name));
    }

    /** The handler of a button's custom id {@code prefix:state}. */
    Optional<ButtonHandler> button(String customId) {
        int colon = customId == null ? -1 : customId.indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.ofNullable(buttons.get(customId.substring(0, colon)));
    }

    List<CommandData> definitions() {
        return commands.values().stream().<CommandData>map(SlashCommand::data).toList();
    }

    void registerGlobally(JDA jda) {
        send(jda.updateCommands(), "globally", jda, null);
    }

    void registerIn(Guild guild) {
        send(guild.updateCommands(), "in server " + guild.getName() + " (" + guild.getId() + ")", guild.getJDA(), guild.getId());
    }

    private void send(CommandListUpdateAction update, String where, JDA jda, String guildId) {
        update.addCommands(definitions()).queue(
                registered -> log.info("Registered {} slash command(s) {}", registered.size(), where),
                failure -> {
                    if (failure instanceof ErrorResponseException error && error.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
                        findings.warn("Discord refused the slash commands " + where + " (Missing Access): the bot was "
                                + "invited without the applications.commands scope. Fix: open "
                                + InviteUrl.forApplication(jda.getSelfUser().getApplicationId(), guildId)
                                + " and authorise the bot again (this keeps its settings).");
                    } else {
                        findings.warn("Could not register the slash commands " + where + ": " + failure.getMessage()
                                + ". They will be registered again at the next start.");
                    }
                });
    }
}
