package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rumourmill.discord.fake.FakeRest.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Threads, forum posts, forum tags and publishing, as Discord's API does them: a thread started on a message
 * has the message's id and a message takes one thread (160004 for a second); a forum post is a thread whose
 * first message has the thread's id, with tags that must be the forum's own; a message is published once (40033
 * for a second) and an announcement channel publishes at most {@link #publishLimit} messages per window (429
 * beyond). Every new thread is announced to the bot with THREAD_CREATE, a forum's new tags with CHANNEL_UPDATE.
 */
final class FakeThreads {

    private final FakeDiscord discord;
    private final Object lock = new Object();
    private final Map<String, List<String>> published = new LinkedHashMap<>();
    private final Map<String, List<Instant>> publishTimes = new LinkedHashMap<>();
    private volatile int publishLimit = 10;
    private volatile Duration publishWindow = Duration.ofHours(1);

    FakeThreads(FakeDiscord discord) {
        this.discord = discord;
    }

    void limitPublishes(int count, Duration window) {
        publishLimit = count;
        publishWindow = window;
    }

    List<String> publishedIn(String channelId) {
        synchronized (lock) {
            return List.copyOf(published.getOrDefault(channelId, List.of()));
        }
    }

    /** POST /channels/{channel}/messages/{message}/threads */
    Answer startOnMessage(String channelId, String messageId, JsonNode body) {
        Optional<FakeChannel> channel = discord.findChannel(channelId);
        if (channel.isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        Optional<FakeFailure> refused = refuse(channel.get(), FakePermission.CREATE_PUBLIC_THREADS);
        if (refused.isPresent()) {
            return Answer.of(refused.get());
        }
        if (discord.messages().find(channelId, messageId).isEmpty()) {
            return Answer.of(FakeFailure.discordError(404, 10008, "Unknown Message"));
        }
        synchronized (lock) {
            if (discord.findChannel(messageId).isPresent()) {
                return Answer.of(FakeFailure.discordError(400, 160004, "A thread has already been created for this message"));
            }
            FakeChannel thread = newThread(channel.get(), messageId, body.path("name").asText("thread"));
            return Answer.json(FakeJson.thread(thread));
        }
    }

    /** POST /channels/{forum}/threads: a forum post with its first message and tags. */
    Answer startForumPost(String forumId, JsonNode body, List<String> files) {
        Optional<FakeChannel> forum = discord.findChannel(forumId);
        if (forum.isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        if (forum.get().type() != FakeChannel.FORUM) {
            return Answer.of(FakeFailure.discordError(400, 50035, "Invalid Form Body (message is required outside forums)"));
        }
        Optional<FakeFailure> refused = refuse(forum.get(), FakePermission.SEND_MESSAGES);
        if (refused.isPresent()) {
            return Answer.of(refused.get());
        }
        List<String> tags = new ArrayList<>();
        body.path("applied_tags").forEach(tag -> tags.add(tag.asText()));
        List<String> known = forum.get().availableTags().stream().map(FakeChannel.Tag::id).toList();
        if (!known.containsAll(tags) || tags.size() > 5) {
            return Answer.of(FakeFailure.discordError(400, 50035, "Invalid Form Body (applied_tags)"));
        }
        String id = FakeIds.next();
        FakeChannel post = newThread(forum.get(), id, body.path("name").asText("post"));
        post.setAppliedTags(tags);
        Map<String, Object> answer = FakeJson.thread(post);
        answer.put("message", discord.messages().store(id, id, body.path("message"), files));
        return Answer.json(answer);
    }

    /** POST /channels/{channel}/messages/{message}/crosspost */
    Answer publish(String channelId, String messageId) {
        Optional<FakeChannel> channel = discord.findChannel(channelId);
        if (channel.isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        if (channel.get().type() != FakeChannel.ANNOUNCEMENT) {
            return Answer.of(FakeFailure.discordError(400, 50024, "Cannot execute action on this channel type"));
        }
        Optional<FakeFailure> refused = refuse(channel.get(), FakePermission.SEND_MESSAGES);
        if (refused.isPresent()) {
            return Answer.of(refused.get());
        }
        Optional<PostedMessage> message = discord.messages().find(channelId, messageId);
        if (message.isEmpty()) {
            return Answer.of(FakeFailure.discordError(404, 10008, "Unknown Message"));
        }
        synchronized (lock) {
            if (published.getOrDefault(channelId, List.of()).contains(messageId)) {
                return Answer.of(FakeFailure.discordError(400, 40033, "This message has already been crossposted"));
            }
            Instant now = Instant.now();
            List<Instant> times = publishTimes.computeIfAbsent(channelId, key -> new ArrayList<>());
            times.removeIf(time -> time.isBefore(now.minus(publishWindow)));
            if (times.size() >= publishLimit) {
                return Answer.of(FakeFailure.rateLimited(Duration.between(now, times.get(0).plus(publishWindow))));
            }
            times.add(now);
            published.computeIfAbsent(channelId, key -> new ArrayList<>()).add(messageId);
        }
        return Answer.json(message.get().message());
    }

    /** PATCH /channels/{forum}: the bot edits the forum's tags (needs Manage Channels). */
    Answer modify(String channelId, JsonNode body) {
        Optional<FakeChannel> channel = discord.findChannel(channelId);
        if (channel.isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        Optional<FakeFailure> refused = refuse(channel.get(), FakePermission.MANAGE_CHANNELS);
        if (refused.isPresent()) {
            return Answer.of(refused.get());
        }
        if (body.has("available_tags")) {
            List<FakeChannel.Tag> tags = new ArrayList<>();
            for (JsonNode tag : body.path("available_tags")) {
                String id = tag.hasNonNull("id") ? tag.get("id").asText() : FakeIds.next();
                tags.add(new FakeChannel.Tag(id, tag.path("name").asText()));
            }
            if (tags.size() > 20) {
                return Answer.of(FakeFailure.discordError(400, 30048, "Maximum number of tags in a forum channel has been reached"));
            }
            channel.get().setAvailableTags(tags);
        }
        discord.announce(channel.get().guildId(), "CHANNEL_UPDATE", FakeJson.channel(channel.get()));
        return Answer.json(FakeJson.channel(channel.get()));
    }

    private FakeChannel newThread(FakeChannel parent, String id, String name) {
        FakeChannel thread = new FakeChannel(FakeChannel.PUBLIC_THREAD, id, parent.guildId(), name, 0, 0, parent.id(),
                discord.botUser().id());
        discord.guildOf(parent.guildId()).addThread(thread);
        Map<String, Object> created = FakeJson.thread(thread);
        created.put("newly_created", true);
        discord.announce(parent.guildId(), "THREAD_CREATE", created);
        return thread;
    }

    private Optional<FakeFailure> refuse(FakeChannel channel, FakePermission needed) {
        long permissions = discord.guildOf(channel.guildId()).botPermissionsIn(channel);
        if ((permissions & FakePermission.VIEW_CHANNEL.bit()) == 0) {
            return Optional.of(FakeFailure.missingAccess());
        }
        if ((permissions & needed.bit()) == 0) {
            return Optional.of(FakeFailure.missingPermissions());
        }
        return Optional.empty();
    }
}
