package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fitting alerts to what Discord accepts, in either form. */
class DiscordLimitsTest {

    private static AlertMessage huge() {
        List<AlertField> fields = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            fields.add(new AlertField("Field " + i, "v".repeat(1500), i % 2 == 0));
        }
        return new AlertMessage("<@&223456789012345678>", new AlertMessage.Card("T".repeat(400), "https://news.example/a",
                "d ".repeat(5000), fields, "https://images.example/a.jpg", "f".repeat(3000), Instant.EPOCH, 1),
                "223456789012345678");
    }

    private static int text(AlertMessage m) {
        int fields = m.fields().stream().mapToInt(f -> f.name().length() + f.value().length()
                + DiscordLimits.COMPONENTS_FIELD_MARKUP).sum();
        return length(m.content()) + length(m.title()) + length(m.description()) + 2 * length(m.footer()) + fields
                + DiscordLimits.COMPONENTS_MARKUP;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    @Test
    @DisplayName("in components form an alert keeps to 4,000 characters of text in all, the summary cut last")
    void componentsFitTheirTextLimit() {
        // GIVEN an alert far over every limit
        // WHEN it is fitted for message components
        AlertMessage fitted = huge().withStyle(AlertStyle.COMPONENTS);

        // THEN everything the components form shows, with room for its markup, fits 4,000 characters, with the
        // summary kept and the first fields whole
        assertThat(fitted.style()).isEqualTo(AlertStyle.COMPONENTS);
        assertThat(text(fitted)).isLessThanOrEqualTo(DiscordLimits.COMPONENTS_TEXT);
        assertThat(fitted.title()).hasSize(DiscordLimits.TITLE);
        assertThat(fitted.footer()).hasSize(DiscordLimits.COMPONENTS_FOOTER);
        assertThat(fitted.description().length()).isGreaterThanOrEqualTo(200);
        assertThat(fitted.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.value()).hasSize(DiscordLimits.FIELD_VALUE));
        assertThat(fitted.pingRoleId()).isEqualTo("223456789012345678");
    }

    @Test
    @DisplayName("fitting is the same both ways: an embed alert keeps the embed's larger limits, and a fitted alert is unchanged")
    void embedLimitsStay() {
        AlertMessage embed = huge().sendable();
        AlertMessage components = huge().withStyle(AlertStyle.COMPONENTS);

        assertThat(embed.style()).isEqualTo(AlertStyle.EMBED);
        assertThat(embed.footer()).hasSize(DiscordLimits.FOOTER);
        assertThat(embed.fields().size()).isGreaterThan(components.fields().size());
        assertThat(components.sendable()).isEqualTo(components);
        assertThat(embed.sendable()).isEqualTo(embed);
    }

    @Test
    @DisplayName("a link too long for a link button is written into the text, and its length is kept free for it")
    void longLinkTakesTextRoom() {
        String longLink = "https://news.example/" + "a".repeat(900);
        AlertMessage alert = new AlertMessage(null, new AlertMessage.Card("Title", longLink, "d ".repeat(3000), null, null,
                "footer", null, 1), null);

        AlertMessage fitted = alert.withStyle(AlertStyle.COMPONENTS);

        assertThat(fitted.url()).isEqualTo(longLink);
        assertThat(text(fitted) + longLink.length()).isLessThanOrEqualTo(DiscordLimits.COMPONENTS_TEXT);
    }
}
