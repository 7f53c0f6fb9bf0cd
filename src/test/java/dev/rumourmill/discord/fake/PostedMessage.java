package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
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
                            int edits) implements FakeMessageView {

    /** The allowed_mentions the bot sent with this message, or a missing node when it sent none. */
    public JsonNode allowedMentions() {
        return request.path("allowed_mentions");
    }
}
