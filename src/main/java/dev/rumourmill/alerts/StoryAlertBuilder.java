package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.List;

/** Builds a {@link StoryAlert}; a story told by one report unless {@link #reports(int)} says otherwise. */
public final class StoryAlertBuilder {

    private final String storyKey;
    private StoryUpdate update = StoryUpdate.NEW_STORY;
    private AlertKind kind;
    private String stage;
    private double confidence;
    private String headline;
    private String summary;
    private List<String> players = List.of();
    private List<String> clubs = List.of();
    private String contractLine;
    private List<SourceRef> sources = List.of();
    private int reports = 1;
    private List<SourceRef> latestSources = List.of();
    private String articleUrl;
    private String imageUrl;
    private String feedName;
    private Instant publishedAt;

    StoryAlertBuilder(String storyKey) {
        this.storyKey = storyKey;
    }

    public StoryAlertBuilder update(StoryUpdate value) {
        update = value;
        return this;
    }

    public StoryAlertBuilder kind(AlertKind value) {
        kind = value;
        return this;
    }

    public StoryAlertBuilder stage(String value) {
        stage = value;
        return this;
    }

    public StoryAlertBuilder confidence(double value) {
        confidence = value;
        return this;
    }

    public StoryAlertBuilder headline(String value) {
        headline = value;
        return this;
    }

    public StoryAlertBuilder summary(String value) {
        summary = value;
        return this;
    }

    public StoryAlertBuilder players(List<String> value) {
        players = value;
        return this;
    }

    public StoryAlertBuilder clubs(List<String> value) {
        clubs = value;
        return this;
    }

    public StoryAlertBuilder contractLine(String value) {
        contractLine = value;
        return this;
    }

    public StoryAlertBuilder sources(List<SourceRef> value) {
        sources = value;
        return this;
    }

    public StoryAlertBuilder reports(int value) {
        reports = value;
        return this;
    }

    public StoryAlertBuilder latestSources(List<SourceRef> value) {
        latestSources = value;
        return this;
    }

    public StoryAlertBuilder articleUrl(String value) {
        articleUrl = value;
        return this;
    }

    public StoryAlertBuilder imageUrl(String value) {
        imageUrl = value;
        return this;
    }

    public StoryAlertBuilder feedName(String value) {
        feedName = value;
        return this;
    }

    public StoryAlertBuilder publishedAt(Instant value) {
        publishedAt = value;
        return this;
    }

    public StoryAlert build() {
        return new StoryAlert(storyKey, update, kind == null ? null : new StoryAlert.Verdict(kind, stage, confidence),
                new StoryAlert.Content(headline, summary, players, clubs, contractLine),
                new StoryAlert.Coverage(sources, reports, latestSources),
                new StoryAlert.ArticleRef(articleUrl, imageUrl, feedName, publishedAt));
    }
}
