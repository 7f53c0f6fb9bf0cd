package dev.rumourmill.alerts;

import dev.rumourmill.config.PostAs;

/**
 * What an {@link AlertSender} sends: one alert to one channel, as a new message, an edit or a reply.
 *
 * @param guildId         the channel's server, or null while no process has learnt it
 * @param nonce           the same for every attempt at this alert, so a resend after an unknown outcome is
 *                        recognised by the platform
 * @param targetMessageId for EDIT and REPLY, the story's first message in that channel; null means there is
 *                        none (never sent, or deleted), so the alert is posted as a new message. For THREAD the
 *                        message to start the thread on, for PUBLISH the message to publish
 * @param threadId        the story's thread in that channel (or its forum post), or null: replies go there
 * @param postAs          how the channel's subscriptions want alerts posted
 */
public record OutgoingAlert(String channelId, Long guildId, OutboxAction action, AlertMessage message, String nonce,
        String targetMessageId, String threadId, PostAs postAs) {

    public OutgoingAlert {
        if (channelId == null || action == null || message == null) {
            throw new IllegalArgumentException("an outgoing alert needs a channel, an action and a message");
        }
        postAs = postAs == null ? PostAs.MESSAGE : postAs;
    }

    /** A plain channel message, edit or reply. */
    public OutgoingAlert(String channelId, Long guildId, OutboxAction action, AlertMessage message, String nonce,
            String targetMessageId) {
        this(channelId, guildId, action, message, nonce, targetMessageId, null, PostAs.MESSAGE);
    }

    static OutgoingAlert of(OutboxRow row, String targetMessageId, String threadId, PostAs postAs) {
        return new OutgoingAlert(row.channelId(), row.guildId(), row.action(), row.message(), row.nonce(), targetMessageId,
                threadId, postAs);
    }
}
