package dev.rumourmill.discord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What slash commands and button clicks share: send an answer, and if that fails, apologise privately
 * so that nobody is left with a spinner or a dead button.
 */
final class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    private Answering() {
    }

    /**
     * Sends, and if that fails for any reason other than the apology itself, sends the apology.
     *
     * @param what names the interaction in the log, e.g. "/contract" or "the click on expiring:…"
     */
    static void sendOrApologise(IReplyCallback event, String what, Reply reply, Supplier<CompletableFuture<?>> sending) {
        CompletableFuture<?> sent;
        try {
            sent = sending.get();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((ignored, failure) -> {
            if (failure == null) {
                return;
            }
            log.error("Could not answer {}: {}", what, failure.toString());
            if (reply != InteractionResponder.SOMETHING_WENT_WRONG) {
                apologise(event, what);
            }
        });
    }

    /** The private "something went wrong", as a reply or, once acknowledged, as a follow-up. */
    static void apologise(IReplyCallback event, String what) {
        var apology = ReplyRenderer.create(InteractionResponder.SOMETHING_WENT_WRONG);
        try {
            if (event.isAcknowledged()) {
                event.getHook().sendMessage(apology).setEphemeral(true)
                        .queue(null, failure -> log.error("Could not apologise for {}: {}", what, failure.toString()));
            } else {
                event.reply(apology).setEphemeral(true)
                        .queue(null, failure -> log.error("Could not apologise for {}: {}", what, failure.toString()));
            }
        } catch (RuntimeException e) {
            log.error("Could not apologise for {}: {}", what, e.toString());
        }
    }
}
