package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An INTERACTION_CREATE the fake delivered; the bot's answers are found by the interaction's token. */
public final class SentInteraction {

    /** A click answered by replacing the clicked message. */
    static final int UPDATE_MESSAGE = 7;
    /** A click acknowledged; the message is edited later through PATCH @original. */
    static final int DEFERRED_UPDATE_MESSAGE = 6;

    private final FakeDiscord discord;
    private final String id;
    private final String token;
    private final String channelId;

    SentInteraction(FakeDiscord discord, String id, String token, String channelId) {
        this.discord = discord;
        this.id = id;
        this.token = token;
        this.channelId = channelId;
    }

    public String id() {
        return id;
    }

    public String token() {
        return token;
    }

    String channelId() {
        return channelId;
    }

    /** Every request the bot made for this interaction so far (callback, webhook edits, follow-ups). */
    public List<RecordedRequest> requests() {
        return discord.requests().stream().filter(request -> request.path().contains("/" + token)).toList();
    }

    public InteractionReply awaitReply() {
        return awaitReply(FakeDiscord.DEFAULT_TIMEOUT);
    }

    public InteractionReply awaitReply(Duration timeout) {
        return discord.await("an answer to interaction " + id, this::reply, timeout);
    }

    /**
     * Clicks the button {@code customId} under the message this interaction's user now sees (its reply, or
     * for a click the updated message), as INTERACTION_CREATE type 3; await the answer on the returned click.
     */
    public SentInteraction click(String customId) {
        InteractionReply shown = awaitReply();
        String messageId = discord.messages().originalMessageId(token);
        return discord.deliverClick(this, messageId, shown, customId, true);
    }

    /** A click that sends {@code customId} although no button under the message has it (a stale or forged id). */
    public SentInteraction clickAnyId(String customId) {
        InteractionReply shown = awaitReply();
        return discord.deliverClick(this, discord.messages().originalMessageId(token), shown, customId, false);
    }

    public List<AutocompleteChoice> awaitChoices() {
        return discord.await("autocomplete choices for interaction " + id, this::choices, FakeDiscord.DEFAULT_TIMEOUT);
    }

    private Optional<InteractionReply> reply() {
        List<RecordedRequest> seen = new ArrayList<>();
        boolean deferred = false;
        boolean deferredPrivately = false;
        for (RecordedRequest request : requests()) {
            seen.add(request);
            if (!request.succeeded()) {
                continue;
            }
            if (request.is("POST", "/interactions/\\d+/[^/]+/callback")) {
                int type = request.json().path("type").asInt();
                JsonNode data = request.json().path("data");
                if (type == 4) {
                    return Optional.of(new InteractionReply(false, isEphemeral(data), data, request.fileNames(), seen));
                }
                if (type == UPDATE_MESSAGE) {
                    return Optional.of(new InteractionReply(false, false, data, request.fileNames(), seen));
                }
                if (type == 5 || type == DEFERRED_UPDATE_MESSAGE) {
                    deferred = true;
                    deferredPrivately = isEphemeral(data);
                }
            } else if (deferred && request.is("PATCH", "/webhooks/\\d+/[^/]+/messages/@original")) {
                return Optional.of(new InteractionReply(true, deferredPrivately, request.json(), request.fileNames(), seen));
            } else if (request.is("POST", "/webhooks/\\d+/[^/]+")) {
                return Optional.of(new InteractionReply(deferred, isEphemeral(request.json()), request.json(),
                        request.fileNames(), seen));
            }
        }
        return Optional.empty();
    }

    private Optional<List<AutocompleteChoice>> choices() {
        for (RecordedRequest request : requests()) {
            if (request.succeeded() && request.is("POST", "/interactions/\\d+/[^/]+/callback")
                    && request.json().path("type").asInt() == 8) {
                List<AutocompleteChoice> choices = new ArrayList<>();
                for (JsonNode choice : request.json().path("data").path("choices")) {
                    choices.add(new AutocompleteChoice(choice.path("name").asText(), choice.path("value").asText()));
                }
                return Optional.of(choices);
            }
        }
        return Optional.empty();
    }

    private static boolean isEphemeral(JsonNode data) {
        return (data.path("flags").asInt(0) & InteractionReply.EPHEMERAL_FLAG) != 0;
    }
}
