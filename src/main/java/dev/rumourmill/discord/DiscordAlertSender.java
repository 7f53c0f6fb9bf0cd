package dev.rumourmill.discord;

import dev.rumourmill.alerts.AlertSender;
import dev.rumourmill.alerts.DeliveryScope;
import dev.rumourmill.alerts.OutboxAction;
import dev.rumourmill.alerts.OutgoingAlert;
import dev.rumourmill.alerts.SendOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Sends alerts to Discord channels: new alerts with their nonce (JDA always adds
 * enforce_nonce, so a resend after an unknown outcome cannot double-post), edits of the story's message,
 * and replies to it — and for threads, forums and announcements the steps {@link DiscordTargets} takes.
 * Discord's answers become {@link SendOutcome}s; nothing is thrown.
 *
 * <p>A channel this process cannot see is only a permanent failure when this process runs the shard of the
 * channel's server (or every shard) and the server is available: otherwise the alert belongs to another
 * process, or waits for the server to come back.
 */
class DiscordAlertSender implements AlertSender {

    /** Errors no retry will fix: the channel is gone or the bot may not post there. */
    private static final Set<ErrorResponse> PERMANENT = Set.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS, ErrorResponse.UNKNOWN_GUILD,
            ErrorResponse.CANNOT_SEND_TO_USER);

    /** Errors about this one message's content: it is parked alone, the channel goes on. */
    private static final Set<ErrorResponse> REFUSED_CONTENT = Set.of(ErrorResponse.INVALID_FORM_BODY,
            ErrorResponse.MESSAGE_BLOCKED_BY_AUTOMOD, ErrorResponse.MESSAGE_BLOCKED_BY_HARMFUL_LINK_FILTER);

    private final DiscordSession session;

    DiscordAlertSender(DiscordSession session) {
        this.session = session;
    }

    @Override
    public Optional<DeliveryScope> scope() {
        ShardManager shards = session.shardManager().orElse(null);
        if (shards == null || !session.isReady()) {
            return Optional.empty();
        }
        Set<Integer> mine = shards.getShards().stream().map(jda -> jda.getShardInfo().getShardId()).collect(Collectors.toSet());
        return Optional.of(new DeliveryScope(Math.max(1, shards.getShardsTotal()), mine));
    }

    @Override
    public Optional<Long> guildOf(String channelId) {
        return session.shardManager()
                .map(shards -> shards.getGuildChannelById(channelId))
                .map(channel -> channel.getGuild().getIdLong());
    }

    @Override
    public SendOutcome send(OutgoingAlert alert) {
        ShardManager shards = session.shardManager().orElse(null);
        if (shards == null || !session.isReady()) {
            return new SendOutcome.RetryLater("not connected to Discord yet", null);
        }
        GuildChannel channel = shards.getGuildChannelById(alert.channelId());
        if (channel == null || channel instanceof ThreadChannel) {
            return unseen(shards, alert);
        }
        try {
            return DiscordTargets.send(channel, alert);
        } catch (InsufficientPermissionException e) {
            return new SendOutcome.Permanent("Missing permission " + e.getPermission().getName() + " in #" + channel.getName());
        } catch (ErrorResponseException e) {
            return outcome(e, alert.targetMessageId() != null && alert.action() == OutboxAction.EDIT);
        } catch (RateLimitedException e) {
            return new SendOutcome.RetryLater("rate limited", Duration.ofMillis(e.getRetryAfter()));
        } catch (TimeoutException e) {
            return new SendOutcome.RetryLater("Discord did not answer within " + RestCalls.REQUEST_TIMEOUT.toSeconds() + "s", null);
        } catch (RestCalls.Failed e) {
            return new SendOutcome.RetryLater(e.getMessage(), null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // JDA's own checks (lengths, URL forms) refused this message before sending: no retry changes that.
            return new SendOutcome.Rejected("the message was refused before sending: " + e.getMessage());
        } catch (RuntimeException e) {
            return new SendOutcome.RetryLater(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    /** Why this process cannot see the channel, and whether anyone ever will. */
    private static SendOutcome unseen(ShardManager shards, OutgoingAlert alert) {
        int total = Math.max(1, shards.getShardsTotal());
        boolean runsAll = shards.getShards().size() >= total;
        Long guild = alert.guildId();
        if (guild != null) {
            JDA owner = shards.getShardById(DeliveryScope.shardOf(guild, total));
            if (owner == null) {
                return new SendOutcome.NotHere("server " + guild + " is on a shard another process runs");
            }
            if (owner.isUnavailable(guild)) {
                return new SendOutcome.GuildUnavailable(guild, "server " + guild + " is unavailable (Discord outage)");
            }
        } else {
            if (!runsAll) {
                return new SendOutcome.NotHere("channel " + alert.channelId() + " may be on a shard another process runs");
            }
            if (shards.getShards().stream().anyMatch(jda -> !jda.getUnavailableGuilds().isEmpty())) {
                return new SendOutcome.GuildUnavailable(null, "channel " + alert.channelId()
                        + " is not visible while some servers are unavailable (Discord outage)");
            }
        }
        return new SendOutcome.Permanent("Unknown Channel: the bot cannot see channel " + alert.channelId()
                + " (deleted, in a server the bot is not in, or hidden from it by View Channel)");
    }

    private static SendOutcome outcome(ErrorResponseException e, boolean editing) {
        ErrorResponse error = e.getErrorResponse();
        if (editing && error == ErrorResponse.UNKNOWN_MESSAGE) {
            return new SendOutcome.TargetMissing("the alert's message was deleted");
        }
        if (PERMANENT.contains(error)) {
            return new SendOutcome.Permanent(e.getMeaning() + " (" + e.getErrorCode() + ")");
        }
        if (REFUSED_CONTENT.contains(error)) {
            return new SendOutcome.Rejected(e.getMeaning() + " (" + e.getErrorCode() + ")");
        }
        return new SendOutcome.RetryLater("HTTP " + e.getErrorResponse().getCode() + " " + e.getMeaning(), null);
    }
}
