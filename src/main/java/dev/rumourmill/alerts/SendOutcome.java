package dev.rumourmill.alerts;

import java.time.Duration;

/**
 * How a send went: delivered, worth retrying (outage, rate limit, unknown outcome), for another process,
 * waiting for its server, refused for this one alert, or never going to work in that channel.
 */
public sealed interface SendOutcome {

    /**
     * @param messageId the message sent (for a thread or a publish: the message it is about)
     * @param threadId  the story's thread the send made or found (a thread on the message, or a forum post), or null
     * @param notice    something the admins should hear once although the alert went out (e.g. forum tags the bot
     *                  may not create), or null
     */
    record Sent(String messageId, String threadId, String notice) implements SendOutcome {
        public Sent(String messageId) {
            this(messageId, null, null);
        }
    }

    /** @param retryAfter the wait the platform asked for, or null to use the routine's back-off */
    record RetryLater(String reason, Duration retryAfter) implements SendOutcome {
    }

    /** The message to edit or reply to is gone (deleted by a moderator): post the story anew instead. */
    record TargetMissing(String reason) implements SendOutcome {
    }

    /**
     * This process cannot see the channel but does not run every shard, so another process may: the row
     * is handed back without counting an attempt. Never a reason to park or pause.
     */
    record NotHere(String reason) implements SendOutcome {
    }

    /**
     * The channel's server is in an outage (Discord sent GUILD_DELETE with unavailable): the row waits for
     * the server to come back, without counting attempts; the subscriptions stay active.
     *
     * @param guildId the server, or null when the channel's server is not known yet
     */
    record GuildUnavailable(Long guildId, String reason) implements SendOutcome {
    }

    /**
     * This one alert can never be sent as it is (the platform refused its content): only this row is parked,
     * with the reason; the channel's later alerts go on.
     */
    record Rejected(String reason) implements SendOutcome {
    }

    /** Missing permission, unknown channel…: the row is parked and the channel's alerts paused. */
    record Permanent(String reason) implements SendOutcome {
    }
}
