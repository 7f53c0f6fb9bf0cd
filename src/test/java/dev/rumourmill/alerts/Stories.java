package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Fixture builder: {@code aStory().about("Tomas Brennan").to("Real Madrid").build()}. */
final class Stories {

    private String key = "tomas-brennan>real-madrid";
    private StoryUpdate update = StoryUpdate.NEW_STORY;
    private AlertKind kind = AlertKind.RUMOUR;
    private String stage = "talks";
    private String headline = "Tomas Brennan → Real Madrid";
    private final List<String> players = new ArrayList<>(List.of("Tomas Brennan"));
    private final List<String> clubs = new ArrayList<>(List.of("Liverpool", "Real Madrid"));
    private String summary = "Real Madrid are in talks to sign Tomas Brennan from Liverpool.";
    private final List<SourceRef> sources = new ArrayList<>(List.of(new SourceRef("Casey Reporter", "2")));
    private double confidence = 0.6;
    private String url = "https://news.example/brennan";
    private int reports = 1;
    private final List<SourceRef> latest = new ArrayList<>();

    static Stories aStory() {
        return new Stories();
    }

    Stories key(String value) {
        key = value;
        return this;
    }

    Stories update(StoryUpdate value) {
        update = value;
        return this;
    }

    Stories kind(AlertKind value) {
        kind = value;
        return this;
    }

    Stories stage(String value) {
        stage = value;
        return this;
    }

    Stories headline(String value) {
        headline = value;
        return this;
    }

    Stories clubs(String... values) {
        clubs.clear();
        clubs.addAll(List.of(values));
        return this;
    }

    Stories players(String... values) {
        players.clear();
        players.addAll(List.of(values));
        return this;
    }

    Stories summary(String value) {
        summary = value;
        return this;
    }

    Stories sources(SourceRef... values) {
        sources.clear();
        sources.addAll(List.of(values));
        return this;
    }

    Stories confidence(double value) {
        confidence = value;
        return this;
    }

    /** A later report of the story, which added these sources. */
    Stories alsoReportedBy(SourceRef... added) {
        reports++;
        latest.clear();
        latest.addAll(List.of(added));
        return this;
    }

    Stories url(String value) {
        url = value;
        return this;
    }

    StoryAlert build() {
        return StoryAlert.builder(key).update(update).kind(kind).stage(stage).headline(headline).players(players)
                .clubs(clubs).summary(summary).sources(sources).confidence(confidence).articleUrl(url).feedName("Test feed")
                .publishedAt(Instant.parse("2026-11-28T10:00:00Z")).reports(reports).latestSources(latest).build();
    }

    static Subscription following(String channel, List<String> clubs, List<String> players) {
        return Subscription.builder(channel).clubs(clubs).players(players).createdBy("test")
                .createdAt(Instant.parse("2026-11-01T00:00:00Z")).build();
    }
}
