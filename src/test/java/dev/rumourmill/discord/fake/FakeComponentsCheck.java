package dev.rumourmill.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Discord's checks of a message's components, as far as our bot can get them wrong: with the IS_COMPONENTS_V2
 * flag a message has no content and no embeds, at most 40 components in all and 4,000 characters of text display;
 * without it only action rows of buttons are allowed at the top. A message sent with the flag keeps it: an edit
 * may not take it away. Refusals are 400 Invalid Form Body (50035) naming the field, as Discord answers.
 */
final class FakeComponentsCheck {

    static final int IS_COMPONENTS_V2 = 1 << 15;
    static final int MAX_COMPONENTS = 40;
    static final int MAX_TEXT = 4000;
    static final int LINK_URL = 512;

    private static final int ACTION_ROW = 1;
    private static final int BUTTON = 2;
    private static final int SECTION = 9;
    private static final int TEXT_DISPLAY = 10;
    private static final int THUMBNAIL = 11;
    private static final int SEPARATOR = 14;
    private static final int CONTAINER = 17;
    private static final int LINK_STYLE = 5;

    private FakeComponentsCheck() {
    }

    /** A new message. */
    static Optional<FakeFailure> create(JsonNode body) {
        return check(v2(body.path("flags")), body.path("content"), body.path("embeds"), body.path("components"));
    }

    /** An edit of {@code old} (the Message object as the fake holds it) with the request {@code body}. */
    static Optional<FakeFailure> edit(JsonNode old, JsonNode body) {
        boolean wasV2 = v2(old.path("flags"));
        if (wasV2 && body.has("flags") && !v2(body.path("flags"))) {
            return refuse("flags", "MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG",
                    "The IS_COMPONENTS_V2 flag cannot be removed from a message once set");
        }
        boolean isV2 = wasV2 || v2(body.path("flags"));
        // What the message will hold: the fields the edit sets, else what it had.
        JsonNode content = body.has("content") ? body.path("content") : old.path("content");
        JsonNode embeds = body.has("embeds") ? body.path("embeds") : old.path("embeds");
        JsonNode components = body.has("components") ? body.path("components") : old.path("components");
        return check(isV2, content, embeds, components);
    }

    private static Optional<FakeFailure> check(boolean v2, JsonNode content, JsonNode embeds, JsonNode components) {
        if (!v2) {
            for (JsonNode top : components) {
                if (top.path("type").asInt() != ACTION_ROW) {
                    return refuse("components.0.type", "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                            "Component type " + top.path("type").asInt() + " needs the IS_COMPONENTS_V2 flag");
                }
            }
            return Optional.empty();
        }
        if (!content.asText("").isEmpty()) {
            return refuse("content", "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                    "The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2");
        }
        if (embeds.isArray() && !embeds.isEmpty()) {
            return refuse("embeds", "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                    "The 'embeds' field cannot be used when using MessageFlags.IS_COMPONENTS_V2");
        }
        if (!components.isArray() || components.isEmpty()) {
            return refuse("components", "BASE_TYPE_REQUIRED", "This field is required");
        }
        int[] count = {0};
        int[] text = {0};
        for (JsonNode component : components) {
            Optional<FakeFailure> wrong = component(component, count, text);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        if (count[0] > MAX_COMPONENTS) {
            return refuse("components", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_COMPONENTS + " or fewer in length.");
        }
        if (text[0] > MAX_TEXT) {
            return refuse("components", "MESSAGE_COMPONENTS_V2_TEXT_TOO_LONG",
                    "The total text of the components may be at most " + MAX_TEXT + " characters, not " + text[0]);
        }
        return Optional.empty();
    }

    private static Optional<FakeFailure> component(JsonNode component, int[] count, int[] text) {
        count[0]++;
        int type = component.path("type").asInt();
        switch (type) {
            case TEXT_DISPLAY -> {
                String content = component.path("content").asText("");
                if (content.isEmpty()) {
                    return refuse("components.content", "BASE_TYPE_REQUIRED", "A text display needs content");
                }
                text[0] += content.length();
            }
            case THUMBNAIL -> {
                if (component.path("media").path("url").asText("").isEmpty()) {
                    return refuse("components.media.url", "BASE_TYPE_REQUIRED", "A thumbnail needs media.url");
                }
            }
            case BUTTON -> {
                boolean link = component.path("style").asInt() == LINK_STYLE;
                String url = component.path("url").asText("");
                if (link && (url.isEmpty() || url.length() > LINK_URL || component.has("custom_id"))) {
                    return refuse("components.url", "BUTTON_COMPONENT_INVALID_URL",
                            "A link button needs a url of at most " + LINK_URL + " characters and no custom_id");
                }
            }
            case SECTION -> {
                int parts = component.path("components").size();
                if (parts < 1 || parts > 3 || !component.has("accessory")) {
                    return refuse("components.components", "BASE_TYPE_BAD_LENGTH",
                            "A section needs 1 to 3 text displays and an accessory");
                }
                Optional<FakeFailure> wrong = component(component.path("accessory"), count, text);
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
            case ACTION_ROW, SEPARATOR, CONTAINER -> {
                // checked through their children below
            }
            default -> {
                return refuse("components.type", "UNION_TYPE_CHOICES", "Unknown component type " + type);
            }
        }
        for (JsonNode child : component.path("components")) {
            Optional<FakeFailure> wrong = component(child, count, text);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return Optional.empty();
    }

    private static boolean v2(JsonNode flags) {
        return (flags.asLong(0) & IS_COMPONENTS_V2) != 0;
    }

    private static Optional<FakeFailure> refuse(String field, String code, String message) {
        String body = FakeJson.write(FakeJson.obj("message", "Invalid Form Body", "code", 50035,
                "errors", FakeJson.obj(field, FakeJson.obj("_errors", java.util.List.of(FakeJson.obj("code", code,
                        "message", message))))));
        return Optional.of(new FakeFailure(400, java.util.Map.of(), body));
    }
}
