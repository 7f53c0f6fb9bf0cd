package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A button the bot put under a message (component type 2 inside an action row).
 *
 * @param customId the id a click sends back to the bot
 * @param label    the text on it
 * @param disabled greyed out
 */
public record FakeButton(String customId, String label, boolean disabled) {

    static final int ACTION_ROW = 1;
    static final int BUTTON = 2;

    /** The buttons of a message or message request, row by row, left to right. */
    static List<FakeButton> of(JsonNode message) {
        List<FakeButton> buttons = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            if (row.path("type").asInt() != ACTION_ROW) {
                continue;
            }
            for (JsonNode component : row.path("components")) {
                if (component.path("type").asInt() == BUTTON) {
                    buttons.add(new FakeButton(component.path("custom_id").asText(null), component.path("label").asText(""),
                            component.path("disabled").asBoolean(false)));
                }
            }
        }
        return buttons;
    }
}
