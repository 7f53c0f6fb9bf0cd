package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user who ran a slash command finally sees: the direct reply, or the message that replaced the
 * "thinking…" of a deferral (an edit of @original or a follow-up). For a button click: the message as the
 * bot updated it (UPDATE_MESSAGE, or a deferred update and an edit of @original), or a private follow-up.
 *
 * @param deferred  the bot deferred first
 * @param ephemeral only the user sees it
 * @param message   the message data the bot sent (content, embeds, allowed_mentions, flags)
 * @param fileNames attachments
 * @param requests  every request of this interaction up to the answer, in order
 */
public record InteractionReply(boolean deferred, boolean ephemeral, JsonNode message, List<String> fileNames,
                               List<RecordedRequest> requests) {

    static final int EPHEMERAL_FLAG = 64;

    public String content() {
        return message.path("content").asText("");
    }

    public List<JsonNode> embeds() {
        List<JsonNode> embeds = new ArrayList<>();
        message.path("embeds").forEach(embeds::add);
        return embeds;
    }

    /** The buttons the bot put under the message (for a click's answer: under the edited message). */
    public List<FakeButton> buttons() {
        return FakeButton.of(message);
    }

    /** The allowed_mentions object sent with the reply, or a missing node when the bot sent none. */
    public JsonNode allowedMentions() {
        return message.path("allowed_mentions");
    }

    /** All visible text (content, embed titles, descriptions, fields, footers), for simple assertions. */
    public String text() {
        return visibleText(message);
    }

    static String visibleText(JsonNode message) {
        StringBuilder text = new StringBuilder(message.path("content").asText(""));
        for (JsonNode embed : message.path("embeds")) {
            append(text, embed.path("title"));
            append(text, embed.path("description"));
            for (JsonNode field : embed.path("fields")) {
                append(text, field.path("name"));
                append(text, field.path("value"));
            }
            append(text, embed.path("footer").path("text"));
        }
        return text.toString().strip();
    }

    private static void append(StringBuilder text, JsonNode node) {
        if (node.isTextual()) {
            text.append('\n').append(node.asText());
        }
    }
}
