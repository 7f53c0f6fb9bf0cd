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

    static OutgoingAlert of(OutboxRow row, String targetMessageId) {
        return new OutgoingAlert(row.channelId(), row.guildId(), row.action(), row.message(), row.nonce(), targetMessageId);
    }
}
