package dev.rumourmill.alerts;

/**
 * What an {@link AlertSender} sends: one alert to one channel, as a new message, an edit or a reply.
 *
 * @param guildId         the channel's server, or null while no process has learnt it
 * @param nonce           the same for every attempt at this alert, so a resend after an unknown outcome is
 *                        recognised by the platform
 * @param targetMessageId for EDIT and REPLY, the story's first message in that channel; null means there is
 *                        none (never sent, or deleted), so the alert is posted as a new message
 */
public record OutgoingAlert(String channelId, Long guildId, OutboxAction action, AlertMessage message, String nonce,
        String targetMessageId) {

    public OutgoingAlert {
        if (channelId == null || action == null || message == null) {
            throw new IllegalArgumentException("an outgoing alert needs a channel, an action and a message");
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static OutgoingAlert of(OutboxRow row, String targetMessageId) {
        return of(row, targetMessageId, row.message());
    }

    /** The row's alert sent as {@code message} (e.g. its edit in the form of the message it edits). */
    static OutgoingAlert of(OutboxRow row, String targetMessageId, AlertMessage message) {
        return new OutgoingAlert(row.channelId(), row.guildId(), row.action(), message, row.nonce(), targetMessageId);
    }

    /** Discord accepts a nonce of up to 25 characters; with enforce_nonce a resend with it cannot double-post. */
    static String newNonce() {
        return Long.toString(RANDOM.nextLong() >>> 1, 36) + Long.toString(RANDOM.nextInt(1_000_000), 36);
    }
}
