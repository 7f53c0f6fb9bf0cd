package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What the rumour pipeline hands to the alerts: one story in its current state. Every field is already
 * canonical (club and player names as the knowledge base spells them). Made with {@link #builder(String)}.
 *
 * @param storyKey stable id of the story (same player and destination club within the story window)
 */
public record StoryAlert(String storyKey, StoryUpdate update, Verdict verdict, Content content, Coverage coverage,
        ArticleRef article) {

    /** What kind of news the story is, how far it got and how likely it is to happen. */
    public record Verdict(AlertKind kind, String stage, double confidence) {
        public Verdict {
            if (kind == null) {
                throw new IllegalArgumentException("a story alert needs a kind");
            }
            confidence = Math.max(0, Math.min(1, confidence));
        }
    }

    /**
     * @param headline     "Player → Club" or, without a clear pair, a short description of the story
     * @param contractLine the player's contract line, e.g. "Contract until 30 Jun 2026 (7 months left)", or null
     */
    public record Content(String headline, String summary, List<String> players, List<String> clubs,
            String contractLine) {
        public Content {
            players = players == null ? List.of() : List.copyOf(players);
            clubs = clubs == null ? List.of() : List.copyOf(clubs);
        }
    }

    /**
     * @param sources       every source of the story so far, best first
     * @param reports       how many independent reports the story has (syndicated copies not counted)
     * @param latestSources the sources the latest report added (shown as "Also reported by"), empty for the first
     */
    public record Coverage(List<SourceRef> sources, int reports, List<SourceRef> latestSources) {
        public Coverage {
            sources = sources == null ? List.of() : List.copyOf(sources);
            latestSources = latestSources == null ? List.of() : List.copyOf(latestSources);
            reports = Math.max(1, reports);
        }
    }

    /** The article the latest news came from. */
    public record ArticleRef(String url, String imageUrl, String feedName, Instant publishedAt) {
    }

    public StoryAlert {
        if (storyKey == null || storyKey.isBlank()) {
            throw new IllegalArgumentException("a story alert needs a story key");
        }
        if (update == null || verdict == null) {
            throw new IllegalArgumentException("a story alert needs an update type and a kind");
        }
        content = content == null ? new Content(null, null, null, null, null) : content;
        coverage = coverage == null ? new Coverage(null, 1, null) : coverage;
        article = article == null ? new ArticleRef(null, null, null, null) : article;
    }

    public static StoryAlertBuilder builder(String storyKey) {
        return new StoryAlertBuilder(storyKey);
    }

    /** A builder holding this alert's values, to change some of them. */
    public StoryAlertBuilder toBuilder() {
        return builder(storyKey).update(update).kind(kind()).stage(stage()).confidence(confidence())
                .headline(headline()).summary(summary()).players(players()).clubs(clubs()).contractLine(contractLine())
                .sources(sources()).reports(reports()).latestSources(latestSources())
                .articleUrl(articleUrl()).imageUrl(imageUrl()).feedName(feedName()).publishedAt(publishedAt());
    }

    /** The same story with its sources rated differently (one server's own tiers), best first. */
    public StoryAlert withSources(List<SourceRef> rated) {
        return toBuilder().sources(rated.stream().sorted(Comparator.comparingInt(SourceRef::rank)).toList()).build();
    }

    /** The best (lowest) tier rank among the sources; 4 when there is none. */
    public int bestSourceRank() {
        return sources().stream().mapToInt(SourceRef::rank).min().orElse(4);
    }

    public AlertKind kind() {
        return verdict.kind();
    }

    public String stage() {
        return verdict.stage();
    }

    public double confidence() {
        return verdict.confidence();
    }

    public String headline() {
        return content.headline();
    }

    public String summary() {
        return content.summary();
    }

    public List<String> players() {
        return content.players();
    }

    public List<String> clubs() {
        return content.clubs();
    }

    public String contractLine() {
        return content.contractLine();
    }

    public List<SourceRef> sources() {
        return coverage.sources();
    }

    public int reports() {
        return coverage.reports();
    }

    public List<SourceRef> latestSources() {
        return coverage.latestSources();
    }

    public String articleUrl() {
        return article.url();
    }

    public String imageUrl() {
        return article.imageUrl();
    }

    public String feedName() {
        return article.feedName();
    }

    public Instant publishedAt() {
        return article.publishedAt();
    }
}
