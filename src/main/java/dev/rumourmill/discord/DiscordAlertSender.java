package dev.rumourmill.discord;

import dev.rumourmill.alerts.AlertSender;
import dev.rumourmill.alerts.OutboxAction;
import dev.rumourmill.alerts.OutboxRow;
import dev.rumourmill.alerts.SendOutcome;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.stereotype.Component;

/**
 * Sends outbox rows to Discord channels: new alerts with the row's nonce (JDA always adds
 * enforce_nonce, so a resend after an unknown outcome cannot double-post), edits of the story's message,
 * and replies to it. Discord's answers become {@link SendOutcome}s; nothing is thrown.
 */
@Component
class DiscordAlertSender implements AlertSender {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Errors no retry will fix: the channel is gone or the bot may not post there. */
    private static final Set<ErrorResponse> PERMANENT = Set.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS, ErrorResponse.UNKNOWN_GUILD,
            ErrorResponse.CANNOT_SEND_TO_USER);

    private final DiscordSession session;

    DiscordAlertSender(DiscordSession session) {
        this.session = session;
    }

    @Override
    public SendOutcome send(OutboxRow row, String targetMessageId) {
        ShardManager shards = session.shardManager().orElse(null);
        if (shards == null || !session.isReady()) {
            return new SendOutcome.RetryLater("not connected to Discord yet", null);
        }
        GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, row.channelId());
        if (channel == null) {
            return new SendOutcome.Permanent("Unknown Channel: the bot cannot see channel " + row.channelId()
                    + " (deleted, in a server the bot is not in, or hidden from it by View Channel)");
        }
        try {
            if (row.action() == OutboxAction.EDIT && targetMessageId != null) {
                Message edited = complete(channel.editMessageById(targetMessageId, AlertRenderer.edit(row.message())));
                return new SendOutcome.Sent(edited.getId());
            }
            var create = channel.sendMessage(AlertRenderer.create(row.message())).setNonce(row.nonce());
            if (row.action() == OutboxAction.REPLY && targetMessageId != null) {
                create = create.setMessageReference(targetMessageId).failOnInvalidReply(false);
            }
            return new SendOutcome.Sent(complete(create).getId());
        } catch (InsufficientPermissionException e) {
            return new SendOutcome.Permanent("Missing permission " + e.getPermission().getName() + " in #" + channel.getName());
        } catch (ErrorResponseException e) {
            return outcome(e, targetMessageId != null && row.action() == OutboxAction.EDIT);
        } catch (RateLimitedException e) {
            return new SendOutcome.RetryLater("rate limited", Duration.ofMillis(e.getRetryAfter()));
        } catch (TimeoutException e) {
            return new SendOutcome.RetryLater("Discord did not answer within " + REQUEST_TIMEOUT.toSeconds() + "s", null);
        } catch (RuntimeException e) {
            return new SendOutcome.RetryLater(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private static SendOutcome outcome(ErrorResponseException e, boolean editing) {
        ErrorResponse error = e.getErrorResponse();
        if (editing && error == ErrorResponse.UNKNOWN_MESSAGE) {
            return new SendOutcome.TargetMissing("the alert's message was deleted");
        }
        if (PERMANENT.contains(error)) {
            return new SendOutcome.Permanent(e.getMeaning() + " (" + e.getErrorCode() + ")");
        }
        return new SendOutcome.RetryLater("HTTP " + e.getErrorResponse().getCode() + " " + e.getMeaning(), null);
    }

    /** Waits for the request, but not forever: a long outage should free the delivery routine. */
    private static <T> T complete(RestAction<T> action) throws RateLimitedException, TimeoutException {
        try {
            return action.submit().get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RateLimitedException limited) {
                throw limited;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
