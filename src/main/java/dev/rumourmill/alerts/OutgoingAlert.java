package dev.rumourmill.alerts;

import dev.rumourmill.config.PostAs;

/**
 * What an {@link AlertSender} sends: one alert to one channel, as a new message, an edit or a reply (or, for
 * threads and announcements, the start of a story's thread or the publish of a message).
 *
 * @param guildId the channel's server, or null while no process has learnt it
 * @param nonce   the same for every attempt at this alert, so a resend after an unknown outcome is
 *                recognised by the platform
 * @param where   the story's message and thread there, and how the channel wants alerts posted
 */
public record OutgoingAlert(String channelId, Long guildId, OutboxAction action, AlertMessage message, String nonce,
        Where where) {

    /**
     * Where in the channel the alert goes.
     *
     * @param targetMessageId for EDIT and REPLY, the story's first message in that channel; null means there is
     *                        none (never sent, or deleted), so the alert is posted as a new message. For THREAD
     *                        the message to start the thread on, for PUBLISH the message to publish
     * @param threadId        the story's thread in that channel (or its forum post), or null: replies go there
     * @param postAs          how the channel's subscriptions want alerts posted
     * @param resent          an earlier attempt at this alert may have been carried out without the bot hearing
     *                        of it (a lost answer, a crash): a step that has no nonce looks for its result first
     */
    public record Where(String targetMessageId, String threadId, PostAs postAs, boolean resent) {
        public Where {
            postAs = postAs == null ? PostAs.MESSAGE : postAs;
        }
    }

    public OutgoingAlert {
        if (channelId == null || action == null || message == null) {
            throw new IllegalArgumentException("an outgoing alert needs a channel, an action and a message");
        }
        where = where == null ? new Where(null, null, null, false) : where;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A plain channel message, edit or reply. */
    public OutgoingAlert(String channelId, Long guildId, OutboxAction action, AlertMessage message, String nonce,
            String targetMessageId) {
        this(channelId, guildId, action, message, nonce, new Where(targetMessageId, null, PostAs.MESSAGE, false));
    }

    static OutgoingAlert of(OutboxRow row, String targetMessageId, String threadId, PostAs postAs) {
        return of(row, targetMessageId, threadId, postAs, row.message());
    }

    /** The row's alert sent as {@code message} (e.g. its edit in the form of the message it edits). */
    static OutgoingAlert of(OutboxRow row, String targetMessageId, String threadId, PostAs postAs, AlertMessage message) {
        boolean resent = row.attempts() > 0 || row.lastError() != null;
        return new OutgoingAlert(row.channelId(), row.guildId(), row.action(), message, row.nonce(),
                new Where(targetMessageId, threadId, postAs, resent));
    }

    /** Discord accepts a nonce of up to 25 characters; with enforce_nonce a resend with it cannot double-post. */
    static String newNonce() {
        return Long.toString(RANDOM.nextLong() >>> 1, 36) + Long.toString(RANDOM.nextInt(1_000_000), 36);
    }

    public String targetMessageId() {
        return where.targetMessageId();
    }

    public String threadId() {
        return where.threadId();
    }

    public PostAs postAs() {
        return where.postAs();
    }

    public boolean resent() {
        return where.resent();
    }
}
