package dev.rumourmill.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.alerts.ArticleDecision;
import dev.rumourmill.alerts.WhyReport;
import dev.rumourmill.config.AlertKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WhyRenderingTest {

    private static WhyReport report(int channels) {
        var decision = new ArticleDecision(1, new ArticleDecision.Entry(1, "https://gazette.example/a", "Brennan *talks*",
                Instant.parse("2026-11-20T09:00:00Z")), new ArticleDecision.Reading("rumour", 0.9, List.of("cue")),
                new ArticleDecision.Filing("p1>c9", "NEW_STORY", "started story #1"),
                new ArticleDecision.Routing(AlertKind.RUMOUR, "talks", 0.5, List.of("Tomas Brennan"), List.of(), List.of(),
                        List.of()));
        var verdicts = Collections.nCopies(channels, new WhyReport.ChannelVerdict("100", WhyReport.Outcome.FILTERED,
                "not followed: this channel follows Millbrook; the story is about Tomas Brennan, Northport Athletic", null));
        return new WhyReport("https://gazette.example/a", List.of(new WhyReport.Sighting(decision, "Gazette", verdicts)),
                List.of());
    }

    @Test
    @DisplayName("a short report is one private embed, feed text escaped")
    void shortReportIsAnEmbed() {
        Reply reply = WhyRendering.render(report(1), "9");

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.files()).isEmpty();
        assertThat(reply.embeds().get(0).description()).contains("Brennan \\*talks\\*").contains("<#100> not followed");
    }

    @Test
    @DisplayName("a report over the embed's limit keeps each channel's verdict in the embed and attaches the whole")
    void longReportIsAFile() {
        Reply reply = WhyRendering.render(report(60), "9");

        assertThat(reply.embeds().get(0).description()).hasSizeLessThanOrEqualTo(4096).contains("why.txt");
        assertThat(reply.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("why.txt");
            String text = new String(file.content(), StandardCharsets.UTF_8);
            assertThat(text).contains("Brennan *talks*").contains("started story #1");
            assertThat(text.split("not followed", -1)).hasSize(61);
        });
    }

    @Test
    @DisplayName("never seen: says so and lists the server's feeds, or how to add one")
    void neverSeen() {
        String text = WhyRendering.render(new WhyReport("https://x.example/a", List.of(), List.of("Gazette", "Wire")), "9")
                .embeds().get(0).description();
        assertThat(text).startsWith("Never seen").contains("Gazette, Wire");
        assertThat(WhyRendering.render(new WhyReport("https://x.example/a", List.of(), List.of()), "9").embeds().get(0)
                .description()).contains("/feeds add");
    }
}
