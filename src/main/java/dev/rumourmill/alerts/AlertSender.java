package dev.rumourmill.alerts;

/**
 * Sends one outbox row to a chat platform. Implementations never throw for platform errors: they say
 * what happened as a {@link SendOutcome}.
 */
public interface AlertSender {

    /**
     * @param targetMessageId for EDIT and REPLY, the story's first message in that channel; null means
     *                        there is none (never sent, or deleted), so the row is posted as a new message
     */
    SendOutcome send(OutboxRow row, String targetMessageId);

    /** True for the sender that prints alerts in preview mode (no Discord token). */
    default boolean preview() {
        return false;
    }
}
