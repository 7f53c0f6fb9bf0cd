package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static dev.rumourmill.alerts.Stories.following;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AlertMessageFactoryTest {

    private final AlertMessageFactory factory = new AlertMessageFactory();
    private final Subscription noPings = following("1", List.of(), List.of());

    @Test
    @DisplayName("an alert shows the headline, summary, sources with tier badges, confidence and link")
    void fullAlert() {
        StoryAlert story = aStory().sources(new SourceRef("Casey Reporter", "1"), new SourceRef("Daily Example", "3"))
                .confidence(0.8).build();
        StoryAlert update = aStory().sources(new SourceRef("Casey Reporter", "1"), new SourceRef("Daily Example", "3"),
                new SourceRef("Other Outlet", "2")).alsoReportedBy(new SourceRef("Other Outlet", "2")).build();

        AlertMessage message = factory.create(story, noPings);

        assertThat(message.title()).isEqualTo("🔄 Tomas Brennan → Real Madrid");
        assertThat(message.description()).isEqualTo("Real Madrid are in talks to sign Tomas Brennan from Liverpool.");
        assertThat(message.fields()).extracting(AlertField::name).containsExactly("Sources", "Confidence", "Stage");
        assertThat(message.fields().get(0).value()).isEqualTo("Casey Reporter (tier 1) · Daily Example (tier 3)");
        assertThat(factory.create(update, noPings).fields().get(0)).satisfies(field -> {
            assertThat(field.name()).isEqualTo("Sources · 2 reports");
            assertThat(field.value()).isEqualTo("Casey Reporter (tier 1) · Daily Example (tier 3) · Other Outlet (tier 2)"
                    + "\nAlso reported by Other Outlet");
        });
        assertThat(message.fields().get(1).value()).isEqualTo("▰▰▰▰▱ 80%");
        assertThat(message.url()).isEqualTo("https://news.example/brennan");
        assertThat(message.timestamp()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(message.content()).isNull();
        assertThat(message.pingRoleId()).isNull();
    }

    @Test
    @DisplayName("@everyone, role mentions and markdown in feed text are shown, never acted on")
    void hostileTextIsEscaped() {
        StoryAlert story = aStory().headline("@everyone **BREAKING** <@&123456789012345678>")
                .summary("Click [here](javascript:alert(1)) @here").build();

        AlertMessage message = factory.create(story, noPings);

        assertThat(message.title()).doesNotContain("@everyone").contains("@\u200Beveryone").contains("\\*\\*BREAKING\\*\\*")
                .contains("\\<@&123456789012345678\\>");
        assertThat(message.description()).contains("\\[here\\]\\(javascript").contains("@\u200Bhere");
        assertThat(message.content()).isNull();
    }

    @Test
    @DisplayName("a hostile feed name in the footer cannot break lines, reverse text or mention anyone")
    void feedNameInFooterIsNeutralised() {
        // GIVEN a story from a feed whose name an attacker chose
        StoryAlert base = aStory().build();
        StoryAlert story = base.toBuilder().feedName("Daily\n@everyone <@&123456789012345678> \u202Eevil\u0000").build();

        // WHEN the alert is made
        String footer = factory.create(story, noPings).footer();

        // THEN the footer is one line with no working mention and no control or direction characters
        assertThat(footer).isEqualTo("Rumour Mill · via Daily @\u200Beveryone <\u200B@&123456789012345678> evil");
    }

    @Test
    @DisplayName("a non-http link or image is dropped rather than shown")
    void unsafeUrlsAreDropped() {
        assertThat(factory.create(aStory().url("javascript:alert(1)").build(), noPings).url()).isNull();
        assertThat(factory.create(aStory().url("https://user:pw@news.example/a").build(), noPings).url()).isNull();
    }

    @Test
    @DisplayName("the update that pings mentions the channel's role, and only that one")
    void pingRoleOnlyWhenOptedIn() {
        Subscription withRole = Subscription.builder("1").pingRole("223456789012345678").pingAt(java.util.Set.of("agreed"))
                .createdBy("t").createdAt(Instant.EPOCH).build();

        AlertMessage message = factory.create(aStory().build(), withRole, true);

        assertThat(message.content()).isEqualTo("<@&223456789012345678>");
        assertThat(message.pingRoleId()).isEqualTo("223456789012345678");
    }

    @Test
    @DisplayName("every other update of a channel with a ping role mentions nobody")
    void noMentionWithoutThePing() {
        Subscription withRole = Subscription.builder("1").pingRole("223456789012345678").pingAt(java.util.Set.of("agreed"))
                .createdBy("t").createdAt(Instant.EPOCH).build();

        AlertMessage message = factory.create(aStory().build(), withRole, false);

        assertThat(message.content()).isNull();
        assertThat(message.pingRoleId()).isNull();
    }

    @Test
    @DisplayName("very long feed text is cut to Discord's limits: title 256, description 4,096, embed 6,000")
    void limitsAreRespected() {
        String longWords = "word ".repeat(3000);
        SourceRef[] many = new SourceRef[400];
        for (int i = 0; i < many.length; i++) {
            many[i] = new SourceRef("Outlet number " + i, "3");
        }
        StoryAlert story = aStory().headline(longWords).summary(longWords).sources(many).build();

        AlertMessage message = factory.create(story, noPings);

        assertThat(message.title()).hasSizeLessThanOrEqualTo(256).endsWith("…");
        assertThat(message.description()).hasSizeLessThanOrEqualTo(4096);
        assertThat(message.fields()).hasSizeLessThanOrEqualTo(25)
                .allSatisfy(f -> assertThat(f.value()).hasSizeLessThanOrEqualTo(1024));
        int total = message.title().length() + message.description().length() + message.footer().length()
                + message.fields().stream().mapToInt(f -> f.name().length() + f.value().length()).sum();
        assertThat(total).isLessThanOrEqualTo(6000);
    }

    @Test
    @DisplayName("a source's record on the server shows beside its tier once a story it reported was settled")
    void recordShowsOnceThereIsOne() {
        // GIVEN Casey Reporter has called 7 of 9 settled stories on this server, Daily Example none yet
        StoryAlert story = aStory().sources(new SourceRef("Casey Reporter", "1", "casey", new TrackRecord(7, 2)),
                new SourceRef("Daily Example", "3", "daily", TrackRecord.NONE)).build();

        // WHEN the alert is made
        AlertMessage message = factory.create(story, noPings);

        // THEN only the source with a record shows it
        assertThat(message.fields().get(0).value())
                .isEqualTo("Casey Reporter (tier 1 · 7/9 on this server) · Daily Example (tier 3)");
    }
}
