package dev.rumourmill.discord;

import dev.rumourmill.alerts.AlertMessage;
import dev.rumourmill.alerts.OutboxAction;
import dev.rumourmill.alerts.OutgoingAlert;
import dev.rumourmill.alerts.SendOutcome;
import dev.rumourmill.config.PostAs;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.NewsChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.entities.channel.forums.ForumPost;

/**
 * Carries out one alert in the kind of channel it goes to: a message, edit or reply in a text channel (replies
 * in the story's thread when it has one), a thread started on the story's message, a forum post per story
 * (tagged, its updates replies in it), or the publish of an announcement. Every step is safe to repeat after an
 * unknown outcome: messages carry a nonce, Discord starts at most one thread on a message (its id is the
 * message's) and publishes a message once, and a forum post made by an attempt whose answer was lost is found
 * by its name among the bot's posts in the forum before a new one is made.
 */
final class DiscordTargets {

    /** Discord's limit for thread and forum post names. */
    static final int THREAD_NAME = 100;

    /** Answers about a story's thread that mean it can no longer take its updates. */
    private static final Set<ErrorResponse> THREAD_GONE = Set.of(ErrorResponse.UNKNOWN_CHANNEL, ErrorResponse.UNKNOWN_MESSAGE,
            ErrorResponse.THREAD_LOCKED, ErrorResponse.ILLEGAL_OPERATION_ARCHIVED_THREAD);

    private DiscordTargets() {
    }

    static SendOutcome send(GuildChannel channel, OutgoingAlert alert) throws RateLimitedException, TimeoutException {
        Optional<SendOutcome> unfit = unfit(channel, alert);
        if (unfit.isPresent()) {
            return unfit.get();
        }
        if (alert.action() == OutboxAction.PUBLISH) {
            return publish((NewsChannel) channel, alert);
        }
        if (alert.action() == OutboxAction.THREAD) {
            return startThread((IThreadContainer) channel, alert);
        }
        if (channel instanceof ForumChannel forum) {
            return forum(forum, alert);
        }
        return message((GuildMessageChannel) channel, alert);
    }

    /** A channel that cannot take what its subscription asks for: the admins must fix the channel or the setting. */
    private static Optional<SendOutcome> unfit(GuildChannel channel, OutgoingAlert alert) {
        String name = "#" + channel.getName();
        boolean announcement = channel instanceof NewsChannel;
        if ((alert.postAs() == PostAs.ANNOUNCEMENT || alert.action() == OutboxAction.PUBLISH) && !announcement) {
            return Optional.of(new SendOutcome.Permanent(name + " is not an announcement channel, so alerts cannot be "
                    + "published from it: make it one (channel settings) or set post.as to message"));
        }
        if (alert.postAs() == PostAs.FORUM && !(channel instanceof ForumChannel)) {
            return Optional.of(new SendOutcome.Permanent(name + " is not a forum channel: point the route at a forum, "
                    + "or set post.as to message or thread"));
        }
        if (alert.action() == OutboxAction.THREAD && !(channel instanceof IThreadContainer && channel instanceof GuildMessageChannel)) {
            return Optional.of(new SendOutcome.Permanent(name + " cannot hold threads: set post.as to message"));
        }
        if (!(channel instanceof GuildMessageChannel) && !(channel instanceof ForumChannel)) {
            return Optional.of(new SendOutcome.Permanent(name + " takes no messages: point the route at a text, "
                    + "announcement or forum channel"));
        }
        return Optional.empty();
    }

    private static SendOutcome message(GuildMessageChannel channel, OutgoingAlert alert)
            throws RateLimitedException, TimeoutException {
        String target = alert.targetMessageId();
        if (alert.action() == OutboxAction.EDIT && target != null) {
            return new SendOutcome.Sent(RestCalls.complete(channel.editMessageById(target, AlertRenderer.edit(alert.message()))).getId());
        }
        if (alert.action() == OutboxAction.REPLY && target != null && alert.threadId() != null) {
            Optional<String> inThread = inThread(channel.getJDA().getThreadChannelById(alert.threadId()), alert);
            if (inThread.isPresent()) {
                return new SendOutcome.Sent(inThread.get());
            }
            // The thread is gone (deleted, locked, archived away): the update replies in the channel instead.
        }
        var create = channel.sendMessage(AlertRenderer.create(alert.message())).setNonce(alert.nonce());
        if (alert.action() == OutboxAction.REPLY && target != null) {
            create = create.setMessageReference(target).failOnInvalidReply(false);
        }
        return new SendOutcome.Sent(RestCalls.complete(create).getId());
    }

    /** Posts the update in the story's thread; empty when the thread can no longer take it. */
    private static Optional<String> inThread(ThreadChannel thread, OutgoingAlert alert) throws RateLimitedException, TimeoutException {
        if (thread == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RestCalls.complete(thread.sendMessage(AlertRenderer.create(alert.message())).setNonce(alert.nonce()))
                    .getId());
        } catch (ErrorResponseException e) {
            if (THREAD_GONE.contains(e.getErrorResponse())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Starts the story's thread on its message; a thread already there (an earlier attempt's) is the one. */
    private static SendOutcome startThread(IThreadContainer channel, OutgoingAlert alert) throws RateLimitedException, TimeoutException {
        String message = alert.targetMessageId();
        ThreadChannel existing = channel.getJDA().getThreadChannelById(message);
        if (existing != null) {
            return new SendOutcome.Sent(message, existing.getId(), null);
        }
        try {
            ThreadChannel thread = RestCalls.complete(channel.createThreadChannel(threadName(alert.message()), message)
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK));
            return new SendOutcome.Sent(message, thread.getId(), null);
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) {
                // Made by an attempt whose answer was lost: a thread started on a message has the message's id.
                return new SendOutcome.Sent(message, message, null);
            }
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                return new SendOutcome.TargetMissing("the story's message was deleted before its thread was started");
            }
            throw e;
        }
    }

    private static SendOutcome publish(NewsChannel channel, OutgoingAlert alert) throws RateLimitedException, TimeoutException {
        String message = alert.targetMessageId();
        try {
            RestCalls.complete(channel.crosspostMessageById(message));
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                return new SendOutcome.Rejected("the message to publish was deleted");
            }
            if (e.getErrorResponse() != ErrorResponse.ALREADY_CROSSPOSTED) {
                throw e;
            }
            // Published by an attempt whose answer was lost (or by a moderator): done.
        }
        return new SendOutcome.Sent(message);
    }

    private static SendOutcome forum(ForumChannel forum, OutgoingAlert alert) throws RateLimitedException, TimeoutException {
        String target = alert.targetMessageId();
        if (target != null) {
            ThreadChannel post = alert.threadId() == null ? null : forum.getJDA().getThreadChannelById(alert.threadId());
            if (post == null) {
                return new SendOutcome.TargetMissing("the story's forum post is gone");
            }
            try {
                var sent = alert.action() == OutboxAction.EDIT
                        ? RestCalls.complete(post.editMessageById(target, AlertRenderer.edit(alert.message())))
                        : RestCalls.complete(post.sendMessage(AlertRenderer.create(alert.message())).setNonce(alert.nonce()));
                return new SendOutcome.Sent(sent.getId());
            } catch (ErrorResponseException e) {
                if (THREAD_GONE.contains(e.getErrorResponse())) {
                    return new SendOutcome.TargetMissing("the story's forum post is gone: " + e.getMeaning());
                }
                throw e;
            }
        }
        String name = threadName(alert.message());
        if (alert.resent()) {
            Optional<ThreadChannel> earlier = earlierPost(forum, name);
            if (earlier.isPresent()) {
                // A forum post's first message has the post's id.
                return new SendOutcome.Sent(earlier.get().getId(), earlier.get().getId(), null);
            }
        }
        ForumTags.Choice tags = ForumTags.choose(forum, alert.message().tags());
        if (tags.pending()) {
            return new SendOutcome.RetryLater("the forum's new tags are not known to the bot yet", null);
        }
        ForumPost post = RestCalls.complete(forum.createForumPost(name, AlertRenderer.create(alert.message()))
                .setTags(tags.tags()));
        return new SendOutcome.Sent(post.getMessage().getId(), post.getThreadChannel().getId(), tags.notice());
    }

    /** The newest open post the bot made in the forum under this name: an earlier attempt's, whose answer was lost. */
    private static Optional<ThreadChannel> earlierPost(ForumChannel forum, String name) {
        long self = forum.getJDA().getSelfUser().getIdLong();
        return forum.getThreadChannels().stream()
                .filter(thread -> thread.getOwnerIdLong() == self && !thread.isArchived() && thread.getName().equals(name))
                .max(Comparator.comparingLong(ThreadChannel::getIdLong));
    }

    /** A thread's name: the alert's title without the escapes that keep markdown from working (names show none). */
    static String threadName(AlertMessage message) {
        String title = message.title() == null || message.title().isBlank() ? "Transfer story" : message.title();
        String plain = title.replaceAll("\\\\([\\\\*_~`|>#\\-\\[\\]()<:.])", "$1").strip();
        return plain.length() <= THREAD_NAME ? plain : plain.substring(0, THREAD_NAME - 1) + "…";
    }
}
