package dev.rumourmill.alerts;

import java.time.Instant;

/**
 * One alert waiting to be sent (or already sent, or parked with a reason).
 *
 * @param guildId the target channel's server, or null while no process has learnt it
 * @param message the alert, or null when the stored payload cannot be read (the row is then parked)
 */
public record OutboxRow(long id, String channelId, Long guildId, String storyKey, OutboxAction action,
        AlertMessage message, String nonce, Progress progress) {

    public enum Status { PENDING, SENT, PARKED }

    /**
     * How far the row got.
     *
     * @param messageId the platform's id of the sent message, or null
     */
    public record Progress(Status status, int attempts, Instant nextAttemptAt, String lastError, String messageId) {
    }

    public Status status() {
        return progress.status();
    }

    public int attempts() {
        return progress.attempts();
    }

    public Instant nextAttemptAt() {
        return progress.nextAttemptAt();
    }

    public String lastError() {
        return progress.lastError();
    }

    public String messageId() {
        return progress.messageId();
    }
}
