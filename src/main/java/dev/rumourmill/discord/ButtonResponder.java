package dev.rumourmill.discord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one button click exactly once: by replacing the clicked message (UPDATE_MESSAGE), or after a
 * deferred edit by editing it through the hook. An ephemeral reply (a mistake, "Something went wrong") is
 * sent privately instead, so the shared message stays as it was for everybody else.
 */
final class ButtonResponder {

    private static final Logger log = LoggerFactory.getLogger(ButtonResponder.class);

    private enum State { WAITING, DEFERRED, ANSWERED }

    private final ButtonInteractionEvent event;
    private State state = State.WAITING;
    private CompletableFuture<InteractionHook> deferral;

    ButtonResponder(ButtonInteractionEvent event) {
        this.event = event;
    }

    synchronized void defer() {
        if (state != State.WAITING) {
            return;
        }
        state = State.DEFERRED;
        try {
            deferral = event.deferEdit().submit();
        } catch (RuntimeException e) {
            deferral = CompletableFuture.failedFuture(e);
        }
    }

    void answer(Reply reply) {
        CompletableFuture<InteractionHook> deferredHook;
        synchronized (this) {
            if (state == State.ANSWERED) {
                return;
            }
            deferredHook = state == State.DEFERRED ? deferral : null;
            state = State.ANSWERED;
        }
        if (deferredHook == null) {
            if (reply.ephemeral()) {
                send(reply, () -> event.reply(ReplyRenderer.create(reply)).setEphemeral(true).submit());
            } else {
                send(reply, () -> event.editMessage(ReplyRenderer.edit(reply)).submit());
            }
            return;
        }
        deferredHook.whenComplete((hook, deferFailure) -> {
            if (deferFailure != null) {
                log.warn("Could not defer the click on {}: {}", event.getComponentId(), deferFailure.toString());
            }
            InteractionHook h = event.getHook();
            if (reply.ephemeral()) {
                send(reply, () -> h.sendMessage(ReplyRenderer.create(reply)).setEphemeral(true).submit());
            } else {
                send(reply, () -> h.editOriginal(ReplyRenderer.edit(reply)).submit());
            }
        });
    }

    private void send(Reply reply, Supplier<CompletableFuture<?>> sending) {
        Answering.sendOrApologise(event, "the click on " + event.getComponentId(), reply, sending);
    }
}
