package dev.rumourmill.discord;

import dev.rumourmill.config.TimingProperties;
import dev.rumourmill.discord.AutocompleteHandler.AutocompleteInput;
import dev.rumourmill.discord.AutocompleteHandler.Choice;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Sends each slash command, autocomplete request and button click to its handler, off JDA's event thread,
 * and makes sure every interaction is answered: slow handlers get a deferral, failures a private "Something
 * went wrong", and the error is logged.
 */
class InteractionRouter extends ListenerAdapter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);

    static final int MAX_CHOICES = 25;
    static final int MAX_CHOICE_LENGTH = 100;

    private final CommandRegistry registry;
    /** Discord drops an interaction not answered within 3 s; deferring at 1.5 s leaves room for a slow network. */
    private final Duration deferAfter;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, named("rumourmill-command"));
    private final ScheduledExecutorService deferrals = Executors.newSingleThreadScheduledExecutor(named("rumourmill-defer"));

    InteractionRouter(CommandRegistry registry, TimingProperties timing) {
        this.registry = registry;
        this.deferAfter = timing.deferAfter();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        var responder = new InteractionResponder(event);
        var command = registry.command(event.getName());
        if (command.isEmpty()) {
            responder.answer(Reply.userError("This command is not available any more. Discord may take a minute "
                    + "to update the command list."));
            return;
        }
        CommandInput input;
        try {
            input = toInput(event);
        } catch (RuntimeException e) {
            log.error("Could not read /{} from Discord", event.getName(), e);
            responder.answer(InteractionResponder.SOMETHING_WENT_WRONG);
            return;
        }
        var deferral = deferrals.schedule(() -> responder.defer(command.get().repliesPrivately()),
                deferAfter.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        workers.execute(() -> {
            Reply reply = run(command.get(), input);
            deferral.cancel(false);
            responder.answer(reply);
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        var responder = new ButtonResponder(event);
        String customId = event.getComponentId();
        var handler = registry.button(customId);
        if (handler.isEmpty()) {
            responder.answer(Reply.userError("This button does not work any more. Run the command again."));
            return;
        }
        ButtonHandler.ButtonInput input;
        try {
            input = new ButtonHandler.ButtonInput(customId, customId.substring(handler.get().prefix().length() + 1),
                    event.getUser().getId(), event.getGuild() == null ? null : event.getGuild().getId(),
                    event.getChannelId());
        } catch (RuntimeException e) {
            log.error("Could not read the click on {} from Discord", customId, e);
            responder.answer(InteractionResponder.SOMETHING_WENT_WRONG);
            return;
        }
        var deferral = deferrals.schedule(responder::defer, deferAfter.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        workers.execute(() -> {
            Reply reply = click(handler.get(), input);
            deferral.cancel(false);
            responder.answer(reply);
        });
    }

    private static Reply click(ButtonHandler handler, ButtonHandler.ButtonInput input) {
        try {
            Reply reply = handler.handle(input);
            if (reply == null) {
                throw new IllegalStateException("the button handler " + handler.prefix() + " returned no reply");
            }
            return reply;
        } catch (CommandException e) {
            return Reply.userError(e.getMessage());
        } catch (Exception e) {
            log.error("The click on {} failed", input.customId(), e);
            return InteractionResponder.SOMETHING_WENT_WRONG;
        }
    }

    private static Reply run(SlashCommand command, CommandInput input) {
        try {
            Reply reply = command.handle(input);
            if (reply == null) {
                throw new IllegalStateException("/" + input.command() + " returned no reply");
            }
            return reply;
        } catch (CommandException e) {
            return Reply.userError(e.getMessage());
        } catch (Exception e) {
            log.error("/{} failed for input {}", input.command(), input.options(), e);
            return InteractionResponder.SOMETHING_WENT_WRONG;
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        workers.execute(() -> {
            List<Command.Choice> choices = List.of();
            var handler = registry.autocomplete(event.getName());
            if (handler.isPresent()) {
                try {
                    choices = toChoices(handler.get().suggest(toAutocompleteInput(event)));
                } catch (Exception e) {
                    log.error("Autocomplete for /{} failed", event.getName(), e);
                }
            }
            try {
                // An empty list is still an answer: Discord then shows "no options" instead of a spinner.
                event.replyChoices(choices).queue(null,
                        failure -> log.warn("Could not send suggestions for /{}: {}", event.getName(), failure.toString()));
            } catch (RuntimeException e) {
                log.warn("Could not send suggestions for /{}: {}", event.getName(), e.toString());
            }
        });
    }

    static List<Command.Choice> toChoices(List<Choice> suggestions) {
        return suggestions.stream()
                .filter(choice -> choice.name() != null && !choice.name().isBlank() && choice.value() != null)
                .limit(MAX_CHOICES)
                .map(choice -> new Command.Choice(ReplyRenderer.truncate(choice.name(), MAX_CHOICE_LENGTH),
                        ReplyRenderer.truncate(choice.value(), MAX_CHOICE_LENGTH)))
                .toList();
    }

    private static CommandInput toInput(SlashCommandInteractionEvent event) {
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(option.getName(), option.getAsString());
        }
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        if (event.getMember() != null) {
            permissions = event.getMember().getPermissions(event.getGuildChannel());
        }
        return new CommandInput(event.getName(), event.getSubcommandName(), options, event.getUser().getId(),
                event.getGuild() == null ? null : event.getGuild().getId(), event.getChannelId(), permissions,
                forumOf(event.getChannel()));
    }

    /** The forum a post (thread) is in, or null: /alerts run in a forum post is about the forum. */
    private static String forumOf(net.dv8tion.jda.api.entities.channel.middleman.MessageChannel channel) {
        return channel instanceof net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel thread
                && thread.getParentChannel() instanceof net.dv8tion.jda.api.entities.channel.concrete.ForumChannel forum
                ? forum.getId() : null;
    }

    private static AutocompleteInput toAutocompleteInput(CommandAutoCompleteInteractionEvent event) {
        Map<String, String> others = new LinkedHashMap<>();
        String focused = event.getFocusedOption().getName();
        for (OptionMapping option : event.getOptions()) {
            if (!option.getName().equals(focused)) {
                others.put(option.getName(), option.getAsString());
            }
        }
        return new AutocompleteInput(event.getName(), event.getSubcommandName(), focused,
                event.getFocusedOption().getValue(), others, event.getUser().getId(),
                event.getGuild() == null ? null : event.getGuild().getId(), event.getChannelId());
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        deferrals.shutdownNow();
        workers.shutdown();
    }
}
