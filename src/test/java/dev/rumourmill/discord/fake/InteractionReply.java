package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
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
                               List<RecordedRequest> requests) implements FakeMessageView {

    static final int EPHEMERAL_FLAG = 64;

    /** The allowed_mentions object sent with the reply, or a missing node when the bot sent none. */
    public JsonNode allowedMentions() {
        return message.path("allowed_mentions");
    }
}
