package dev.rumourmill.discord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one slash command exactly once, whether the answer comes before or after the deferral timer.
 * A deferred answer edits the "thinking…" message; a private answer to a public deferral replaces it with
 * a private follow-up, because a message cannot become private afterwards.
 */
final class InteractionResponder {

    private static final Logger log = LoggerFactory.getLogger(InteractionResponder.class);

    static final Reply SOMETHING_WENT_WRONG = Reply.userError(
            "Something went wrong while answering this command. It has been logged; please try again later.");

    private enum State { WAITING, DEFERRED, ANSWERED }

    private final SlashCommandInteractionEvent event;
    private State state = State.WAITING;
    private boolean deferredPrivately;
    private CompletableFuture<InteractionHook> deferral;

    InteractionResponder(SlashCommandInteractionEvent event) {
        this.event = event;
    }

    synchronized void defer(boolean privately) {
        if (state != State.WAITING) {
            return;
        }
        state = State.DEFERRED;
        deferredPrivately = privately;
        try {
            deferral = event.deferReply(privately).submit();
        } catch (RuntimeException e) {
            // JDA throws some refusals (e.g. InsufficientPermissionException) instead of failing the future.
            deferral = CompletableFuture.failedFuture(e);
        }
    }

    void answer(Reply reply) {
        CompletableFuture<InteractionHook> deferredHook;
        synchronized (this) {
            if (state == State.ANSWERED) {
                return;
            }
            if (state == State.WAITING) {
                state = State.ANSWERED;
                deferredHook = null;
            } else {
                state = State.ANSWERED;
                deferredHook = deferral;
            }
        }
        if (deferredHook == null) {
            send(reply, () -> event.reply(ReplyRenderer.create(reply)).setEphemeral(reply.ephemeral()).submit());
        } else {
            deferredHook.whenComplete((hook, deferFailure) -> {
                if (deferFailure != null) {
                    log.warn("Could not defer /{}: {}", event.getName(), deferFailure.toString());
                }
                answerDeferred(reply);
            });
        }
    }

    private void answerDeferred(Reply reply) {
        InteractionHook hook = event.getHook();
        if (reply.ephemeral() && !deferredPrivately) {
            send(reply, () -> hook.deleteOriginal().submit()
                    .handle((ignored, failure) -> null)
                    .thenCompose(ignored -> hook.sendMessage(ReplyRenderer.create(reply)).setEphemeral(true).submit()));
        } else {
            send(reply, () -> hook.editOriginal(ReplyRenderer.edit(reply)).submit());
        }
    }

    private void send(Reply reply, Supplier<CompletableFuture<?>> sending) {
        Answering.sendOrApologise(event, "/" + event.getName(), reply, sending);
    }
}
