package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A message the bot posted in a channel, as it stands now (edits applied).
 *
 * @param id        the message id the fake gave it
 * @param channelId where it was posted
 * @param request   the JSON body of the latest create or edit request (with allowed_mentions)
 * @param message   the Message object the fake answered with
 * @param fileNames attachments of the latest request
 * @param edits     how many times it was edited
 */
public record PostedMessage(String id, String channelId, JsonNode request, JsonNode message, List<String> fileNames,
                            int edits) {

    public String content() {
        return message.path("content").asText("");
    }

    public List<JsonNode> embeds() {
        List<JsonNode> embeds = new ArrayList<>();
        message.path("embeds").forEach(embeds::add);
        return embeds;
    }

    /** The buttons under the message, as it stands now. */
    public List<FakeButton> buttons() {
        return FakeButton.of(message);
    }

    /** The allowed_mentions the bot sent with this message, or a missing node when it sent none. */
    public JsonNode allowedMentions() {
        return request.path("allowed_mentions");
    }

    /** All visible text (content, embed titles, descriptions, fields, footers), for simple assertions. */
    public String text() {
        return InteractionReply.visibleText(message);
    }
}
