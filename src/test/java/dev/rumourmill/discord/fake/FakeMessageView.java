package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What tests read from a message the fake recorded, whether a channel message or an interaction answer. */
public interface FakeMessageView {

    /** The Message object as the fake holds it. */
    JsonNode message();

    default String content() {
        return message().path("content").asText("");
    }

    default List<JsonNode> embeds() {
        List<JsonNode> embeds = new ArrayList<>();
        message().path("embeds").forEach(embeds::add);
        return embeds;
    }

    /** The buttons under the message as it stands now. */
    default List<FakeButton> buttons() {
        return FakeButton.of(message());
    }

    /** All visible text (content, embed titles, descriptions, fields, footers), for simple assertions. */
    default String text() {
        StringBuilder text = new StringBuilder(content());
        for (JsonNode embed : message().path("embeds")) {
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
