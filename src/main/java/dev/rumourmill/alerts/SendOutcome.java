package dev.rumourmill.alerts;

import java.time.Duration;

/** How a send went: delivered, worth retrying (outage, rate limit, unknown outcome), or never going to work. */
public sealed interface SendOutcome {

    record Sent(String messageId) implements SendOutcome {
    }

    /** @param retryAfter the wait the platform asked for, or null to use the routine's back-off */
    record RetryLater(String reason, Duration retryAfter) implements SendOutcome {
    }

    /** The message to edit or reply to is gone (deleted by a moderator): post the story anew instead. */
    record TargetMissing(String reason) implements SendOutcome {
    }

    /** Missing permission, unknown channel…: the row is parked and the channel's alerts paused. */
    record Permanent(String reason) implements SendOutcome {
    }
}
