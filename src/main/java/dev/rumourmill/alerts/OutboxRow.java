package dev.rumourmill.alerts;

import java.time.Instant;

/** One alert waiting to be sent (or already sent, or parked with a reason). */
public record OutboxRow(
        long id,
        String channelId,
        String storyKey,
        OutboxAction action,
        AlertMessage message,
        String nonce,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String messageId) {

    public enum Status { PENDING, SENT, PARKED }
}
