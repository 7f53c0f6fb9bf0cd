package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rumourmill.discord.fake.FakeRest.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The messages the bot posted in channels and as interaction answers, with Discord's answers to them. */
final class FakeMessages {

    private final FakeDiscord discord;
    private final Object lock = new Object();
    private final Map<String, List<PostedMessage>> messages = new LinkedHashMap<>();

    FakeMessages(FakeDiscord discord) {
        this.discord = discord;
    }

    List<PostedMessage> messagesIn(String channelId) {
        synchronized (lock) {
            return List.copyOf(messages.getOrDefault(channelId, List.of()));
        }
    }

    Answer channelAnswer(String channelId) {
        return discord.findChannel(channelId).map(channel -> Answer.json(FakeJson.channel(channel)))
                .orElseGet(() -> Answer.of(FakeFailure.unknownChannel()));
    }

    Answer postMessage(String channelId, JsonNode body, List<String> files) {
        Optional<FakeChannel> channel = discord.findChannel(channelId);
        if (channel.isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        long permissions = discord.guildOf(channel.get().guildId()).botPermissionsIn(channel.get());
        if ((permissions & FakePermission.VIEW_CHANNEL.bit()) == 0) {
            return Answer.of(FakeFailure.missingAccess());
        }
        FakePermission send = channel.get().isThread() ? FakePermission.SEND_MESSAGES_IN_THREADS : FakePermission.SEND_MESSAGES;
        if ((permissions & send.bit()) == 0) {
            return Answer.of(FakeFailure.missingPermissions());
        }
        if (channel.get().type() == FakeChannel.FORUM) {
            // Like Discord: a forum takes posts (threads), not messages.
            return Answer.of(FakeFailure.discordError(400, 50008, "Cannot send messages in a non-text channel"));
        }
        Optional<FakeFailure> refused = FakeComponentsCheck.create(body);
        if (refused.isPresent()) {
            return Answer.of(refused.get());
        }
        synchronized (lock) {
            // Like Discord: with enforce_nonce, a second create with a nonce already used answers the first message.
            String nonce = body.path("nonce").asText("");
            if (body.path("enforce_nonce").asBoolean(false) && !nonce.isEmpty()) {
                for (PostedMessage earlier : messages.getOrDefault(channelId, List.of())) {
                    if (nonce.equals(earlier.request().path("nonce").asText(""))) {
                        return Answer.json(FakeJson.toObject(earlier.message()));
                    }
                }
            }
        }
        return Answer.json(store(channelId, FakeIds.next(), body, files));
    }

    /** Keeps a message the bot made (a post, or the first message of a forum post) and gives its Message object. */
    Map<String, Object> store(String channelId, String id, JsonNode body, List<String> files) {
        Map<String, Object> message = FakeJson.message(id, channelId, discord.botUser(), body, files, null);
        synchronized (lock) {
            messages.computeIfAbsent(channelId, key -> new ArrayList<>())
                    .add(new PostedMessage(id, channelId, body, FakeJson.MAPPER.valueToTree(message), files, 0));
        }
        // No wake-up here: waiters wake when the request is recorded, so a test that saw the message also sees it.
        return message;
    }

    Optional<PostedMessage> find(String channelId, String messageId) {
        return messagesIn(channelId).stream().filter(message -> message.id().equals(messageId)).findFirst();
    }

    Answer editMessage(String channelId, String messageId, JsonNode body, List<String> files) {
        if (discord.findChannel(channelId).isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        synchronized (lock) {
            List<PostedMessage> posted = messages.getOrDefault(channelId, List.of());
            for (int i = 0; i < posted.size(); i++) {
                PostedMessage old = posted.get(i);
                if (old.id().equals(messageId)) {
                    Optional<FakeFailure> refused = FakeComponentsCheck.edit(old.message(), body);
                    if (refused.isPresent()) {
                        return Answer.of(refused.get());
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> merged = (Map<String, Object>) FakeJson.toObject(old.message());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fresh = FakeJson.message(messageId, channelId, discord.botUser(), body, files, null);
                    body.fieldNames().forEachRemaining(field -> {
                        if (fresh.containsKey(field)) {
                            merged.put(field, fresh.get(field));
                        }
                    });
                    merged.put("edited_timestamp", FakeJson.timestamp());
                    posted.set(i, new PostedMessage(messageId, channelId, body, FakeJson.MAPPER.valueToTree(merged), files,
                            old.edits() + 1));
                    return Answer.json(merged);
                }
            }
        }
        return Answer.of(FakeFailure.discordError(404, 10008, "Unknown Message"));
    }

    Answer getMessage(String channelId, String messageId) {
        if (discord.findChannel(channelId).isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        return messagesIn(channelId).stream().filter(message -> message.id().equals(messageId)).findFirst()
                .map(message -> Answer.json(message.message()))
                .orElseGet(() -> Answer.of(FakeFailure.discordError(404, 10008, "Unknown Message")));
    }

    Answer deleteMessage(String channelId, String messageId) {
        if (discord.findChannel(channelId).isEmpty()) {
            return Answer.of(FakeFailure.unknownChannel());
        }
        synchronized (lock) {
            boolean removed = messages.getOrDefault(channelId, new ArrayList<>()).removeIf(m -> m.id().equals(messageId));
            return removed ? Answer.noContent() : Answer.of(FakeFailure.discordError(404, 10008, "Unknown Message"));
        }
    }

    /** The Message object for an interaction's @original, an edit of it, or a follow-up. */
    Map<String, Object> interactionMessage(String token, String messageId, JsonNode body, List<String> files) {
        SentInteraction interaction = discord.interactionByToken(token);
        String channelId = interaction == null ? discord.defaultChannel().id() : interaction.channelId();
        String id = "@original".equals(messageId) ? originalMessageId(token) : messageId;
        return FakeJson.message(id, channelId, discord.botUser(), body == null ? FakeJson.read("{}") : body, files, discord.applicationId());
    }

    private final Map<String, String> originalIds = new ConcurrentHashMap<>();

    String originalMessageId(String token) {
        return originalIds.computeIfAbsent(token, key -> FakeIds.next());
    }

    /** A component interaction's @original is the message whose button was clicked. */
    void rememberOriginal(String token, String messageId) {
        originalIds.put(token, messageId);
    }
}
