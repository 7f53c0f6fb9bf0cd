package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rumourmill.alerts.AlertField;
import dev.rumourmill.alerts.AlertMessage;
import dev.rumourmill.config.AlertStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON JDA would send for an alert in components form, read back as Discord would check it. */
class AlertRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static AlertMessage huge(String url) {
        List<AlertField> fields = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fields.add(new AlertField("Field " + i, "*".repeat(1500), i % 2 == 0));
        }
        return new AlertMessage("<@&223456789012345678>", new AlertMessage.Card("T".repeat(400), url, "d ".repeat(5000),
                fields, "https://images.example/a.jpg", "**".repeat(1500), Instant.EPOCH, 0xF1C40F), "223456789012345678")
                .withStyle(AlertStyle.COMPONENTS);
    }

    private static JsonNode create(AlertMessage alert) throws Exception {
        return JSON.readTree(AlertRenderer.create(alert).toData().toString());
    }

    private static void walk(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            walk(component.path("components"), into);
            if (component.has("accessory")) {
                into.add(component.path("accessory"));
            }
        }
    }

    private static List<JsonNode> all(JsonNode message) {
        List<JsonNode> all = new ArrayList<>();
        walk(message.path("components"), all);
        return all;
    }

    @Test
    @DisplayName("an alert far over every limit still makes a Components V2 message Discord accepts")
    void hugeAlertFits() throws Exception {
        // GIVEN an alert over every limit (its footer all markdown, which escaping doubles)
        // WHEN JDA builds it in components form
        JsonNode message = create(huge("https://news.example/a"));

        // THEN it has the flag, no content or embeds, at most 40 components and 4,000 characters of text
        assertThat(message.path("flags").asInt() & (1 << 15)).isNotZero();
        assertThat(message.path("content").asText("")).isEmpty();
        assertThat(message.path("embeds").isEmpty()).isTrue();
        List<JsonNode> all = all(message);
        assertThat(all.size()).isLessThanOrEqualTo(40);
        int text = all.stream().filter(c -> c.path("type").asInt() == 10).mapToInt(c -> c.path("content").asText().length()).sum();
        assertThat(text).isLessThanOrEqualTo(4000);
        assertThat(message.path("allowed_mentions").path("roles")).extracting(JsonNode::asText)
                .containsExactly("223456789012345678");
    }

    @Test
    @DisplayName("a link over 512 characters, too long for a link button, is written as a masked link instead")
    void longLinkIsWritten() throws Exception {
        String link = "https://news.example/" + "a".repeat(900);

        JsonNode message = create(huge(link));

        List<JsonNode> all = all(message);
        assertThat(all).noneMatch(c -> c.path("type").asInt() == 2);
        assertThat(all).anySatisfy(c -> assertThat(c.path("content").asText()).contains("[Read the article](<" + link + ">)"));
        int text = all.stream().filter(c -> c.path("type").asInt() == 10).mapToInt(c -> c.path("content").asText().length()).sum();
        assertThat(text).isLessThanOrEqualTo(4000);
    }

    @Test
    @DisplayName("an edit in components form sends the flag and components only, an embed edit no flag")
    void editsKeepTheirForm() throws Exception {
        AlertMessage alert = new AlertMessage(null, new AlertMessage.Card("Title", "https://news.example/a", "Text", null,
                null, "Rumour Mill", null, 1), null);

        JsonNode components = JSON.readTree(AlertRenderer.edit(alert.withStyle(AlertStyle.COMPONENTS)).toData().toString());
        JsonNode embed = JSON.readTree(AlertRenderer.edit(alert).toData().toString());

        assertThat(components.path("flags").asInt() & (1 << 15)).isNotZero();
        assertThat(components.has("content")).isFalse();
        assertThat(components.has("embeds")).isFalse();
        assertThat(components.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(embed.path("flags").asInt(0) & (1 << 15)).isZero();
        assertThat(embed.path("embeds")).hasSize(1);
    }
}
