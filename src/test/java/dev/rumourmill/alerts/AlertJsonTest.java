package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.config.AlertStyle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outbox payload: one flat JSON object, the same for every version sharing a database. */
class AlertJsonTest {

    @Test
    @DisplayName("a row written by an earlier version (flat JSON) is read back whole")
    void readsFlatRows() {
        // GIVEN a payload as earlier versions stored it
        String stored = "{\"content\":null,\"title\":\"🔄 Tomas Brennan → Real Madrid\",\"url\":\"https://news.example/b\","
                + "\"description\":\"Talks are on.\",\"fields\":[{\"name\":\"Stage\",\"value\":\"talks\",\"inline\":true}],"
                + "\"thumbnailUrl\":null,\"footer\":\"Rumour Mill · via Test feed\",\"timestamp\":\"2026-11-28T10:00:00Z\","
                + "\"colour\":3447003,\"pingRoleId\":null}";

        // WHEN it is read
        AlertMessage message = AlertJson.read(stored);

        // THEN every part is there
        assertThat(message.title()).isEqualTo("🔄 Tomas Brennan → Real Madrid");
        assertThat(message.url()).isEqualTo("https://news.example/b");
        assertThat(message.fields()).containsExactly(new AlertField("Stage", "talks", true));
        assertThat(message.timestamp()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(message.colour()).isEqualTo(3447003);
        assertThat(message.content()).isNull();
    }

    @Test
    @DisplayName("what is written is that same flat object, and reads back equal")
    void writesFlatRows() {
        // GIVEN an alert with a role ping
        AlertMessage alert = new AlertMessage("<@&223456789012345678>", new AlertMessage.Card("Title", "https://a.example/",
                "Text", List.of(new AlertField("Sources", "Casey Reporter (tier 2)", false)), null, "Footer",
                Instant.parse("2026-11-28T10:00:00Z"), 42), "223456789012345678");

        // WHEN it is written
        String json = AlertJson.write(alert);

        // THEN the object is flat, in the earlier order, and reads back equal
        assertThat(json).startsWith("{\"content\":\"<@&223456789012345678>\",\"title\":\"Title\",\"url\":")
                .contains("\"timestamp\":\"2026-11-28T10:00:00Z\"").endsWith("\"colour\":42,\"pingRoleId\":\"223456789012345678\"}");
        assertThat(AlertJson.read(json)).isEqualTo(alert);
    }

    @Test
    @DisplayName("an alert in components form keeps its form; a row without a style (any earlier version's) is an embed")
    void styleIsKept() {
        // GIVEN an alert in components form
        AlertMessage alert = new AlertMessage(null, new AlertMessage.Card("Title", null, "Text", null, null, null, null, 42),
                null).withStyle(AlertStyle.COMPONENTS);

        // WHEN it is written and read back
        String json = AlertJson.write(alert);

        // THEN the form is kept, and an embed row looks as it always did
        assertThat(json).endsWith(",\"style\":\"components\"}");
        assertThat(AlertJson.read(json).style()).isEqualTo(AlertStyle.COMPONENTS);
        assertThat(AlertJson.write(alert.withStyle(AlertStyle.EMBED))).doesNotContain("style");
        assertThat(AlertJson.read("{\"title\":\"Old\"}").style()).isEqualTo(AlertStyle.EMBED);
        assertThat(AlertJson.read("{\"title\":\"Newer\",\"style\":\"hologram\"}").style()).isEqualTo(AlertStyle.EMBED);
    }

    @Test
    @DisplayName("a payload that is no alert cannot be read (its row is then parked)")
    void refusesOtherPayloads() {
        assertThatThrownBy(() -> AlertJson.read("[1, 2]")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AlertJson.read("not json")).isInstanceOf(IllegalStateException.class);
    }
}
