package dev.rumourmill.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rumourmill.config.AlertStyle;
import java.time.Instant;
import java.util.List;

/**
 * How an {@link AlertMessage} is kept in the outbox: JSON, so a restart sends exactly what was routed. The JSON
 * is one flat object (content, title, url, description, fields, thumbnailUrl, footer, timestamp, colour,
 * pingRoleId, and since issue 16 tags), as every version so far wrote it, so processes of different versions sharing a
 * database read each other's rows. An alert in message components also carries {@code "style": "components"}; a row
 * without it is an embed, as every alert was before the style existed.
 */
final class AlertJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<AlertField>> FIELDS = new TypeReference<>() {
    };

    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };

    private AlertJson() {
    }

    static String write(AlertMessage message) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("content", message.content());
        json.put("title", message.title());
        json.put("url", message.url());
        json.put("description", message.description());
        json.set("fields", MAPPER.valueToTree(message.fields()));
        json.put("thumbnailUrl", message.thumbnailUrl());
        json.put("footer", message.footer());
        json.set("timestamp", MAPPER.valueToTree(message.timestamp()));
        json.put("colour", message.colour());
        json.put("pingRoleId", message.pingRoleId());
        if (message.style() != AlertStyle.EMBED) {
            json.put("style", message.style().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!message.tags().isEmpty()) {
            // Left out when empty, so rows without tags stay as every earlier version wrote them.
            json.set("tags", MAPPER.valueToTree(message.tags()));
        }
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an alert", e);
        }
    }

    static AlertMessage read(String stored) {
        try {
            JsonNode json = MAPPER.readTree(stored);
            if (json == null || !json.isObject()) {
                throw new IllegalStateException("cannot read a stored alert: not a JSON object");
            }
            List<AlertField> fields = json.hasNonNull("fields") ? MAPPER.convertValue(json.get("fields"), FIELDS) : null;
            Instant timestamp = json.hasNonNull("timestamp")
                    ? MAPPER.convertValue(json.get("timestamp"), Instant.class) : null;
            return new AlertMessage(text(json, "content"), new AlertMessage.Card(text(json, "title"), text(json, "url"),
                    text(json, "description"), fields, text(json, "thumbnailUrl"), text(json, "footer"), timestamp,
                    json.path("colour").asInt(0)), text(json, "pingRoleId"), style(json),
                    json.hasNonNull("tags") ? MAPPER.convertValue(json.get("tags"), TAGS) : null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read a stored alert: " + e.getMessage(), e);
        }
    }

    /** The stored form; an unknown one (written by a newer version) is shown as an embed, which every version can send. */
    static AlertStyle style(String stored) {
        try {
            return style(MAPPER.readTree(stored));
        } catch (JsonProcessingException e) {
            return AlertStyle.EMBED;
        }
    }

    private static AlertStyle style(JsonNode json) {
        String style = text(json, "style");
        return style != null && style.equalsIgnoreCase("components") ? AlertStyle.COMPONENTS : AlertStyle.EMBED;
    }

    private static String text(JsonNode json, String name) {
        return json.hasNonNull(name) ? json.get(name).asText() : null;
    }
}
