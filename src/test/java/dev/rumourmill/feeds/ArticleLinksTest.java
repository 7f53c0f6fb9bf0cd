package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleLinksTest {

    private static final String PLAIN = "https://news.example/sport/football/konate-talks";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://news.example/sport/football/konate-talks/",
        "http://news.example/sport/football/konate-talks",
        "https://www.news.example/sport/football/konate-talks",
        "https://NEWS.example/sport/football/konate-talks",
        "https://news.example/sport/football/konate-talks?utm_source=rss&utm_medium=feed",
        "https://news.example/sport/football/konate-talks#comments",
        "  https://news.example/sport/football/konate-talks?fbclid=abc123  "
    })
    @DisplayName("the ways a link is pasted or fed are the same article")
    void variantsAreOneArticle(String variant) {
        // WHEN a variant of the link is keyed THEN it is the plain link's key and hash
        assertThat(ArticleLinks.key(variant)).isEqualTo(ArticleLinks.key(PLAIN)).isEqualTo("news.example/sport/football/konate-talks");
        assertThat(ArticleLinks.hash(variant)).isEqualTo(ArticleLinks.hash(PLAIN)).hasSize(64);
    }

    @Test
    @DisplayName("parameters that choose the article, and the path's case, still tell articles apart")
    void meaningfulPartsStay() {
        assertThat(ArticleLinks.key("https://news.example/story?id=7&utm_source=x")).isEqualTo("news.example/story?id=7");
        assertThat(ArticleLinks.hash("https://news.example/story?id=7")).isNotEqualTo(ArticleLinks.hash("https://news.example/story?id=8"));
        assertThat(ArticleLinks.hash("https://news.example/Story")).isNotEqualTo(ArticleLinks.hash("https://news.example/story"));
    }

    @Test
    @DisplayName("a link that is not a valid URI is still keyed, leniently")
    void invalidLinks() {
        assertThat(ArticleLinks.key("https://news.example/a b/")).isEqualTo("news.example/a b");
        assertThat(ArticleLinks.key(null)).isEmpty();
    }
}
