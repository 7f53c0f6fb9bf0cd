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

    /** Whether the message is in Discord's message components (the IS_COMPONENTS_V2 flag, 1 << 15). */
    default boolean usesComponentsV2() {
        return (message().path("flags").asLong(0) & FakeComponentsCheck.IS_COMPONENTS_V2) != 0;
    }

    /** Every component of the message, depth first (section accessories after the section's text). */
    default List<JsonNode> allComponents() {
        List<JsonNode> all = new ArrayList<>();
        collect(message().path("components"), all);
        return all;
    }

    /** The text displays' contents, in order. */
    default List<String> textDisplays() {
        return allComponents().stream().filter(c -> c.path("type").asInt() == 10).map(c -> c.path("content").asText()).toList();
    }

    /** All visible text (content, embed titles, descriptions, fields, footers, text displays), for simple assertions. */
    default String text() {
        StringBuilder text = new StringBuilder(content());
        for (String display : textDisplays()) {
            text.append('\n').append(display);
        }
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

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
            if (component.has("accessory")) {
                into.add(component.path("accessory"));
            }
        }
    }

    private static void append(StringBuilder text, JsonNode node) {
        if (node.isTextual()) {
            text.append('\n').append(node.asText());
        }
    }
}
