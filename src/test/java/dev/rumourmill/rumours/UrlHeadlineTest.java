package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UrlHeadlineTest {

    @Test
    @DisplayName("the headline is the longest path segment of three or more words, without ids or a file ending")
    void slugWords() {
        // GIVEN addresses with dates, section names, ids and file endings
        // WHEN / THEN
        assertThat(UrlHeadline.slugWords("https://news.example/sport/2025/07/23/arsenal-weigh-up-move-for-vellacourt/"))
                .containsExactly("arsenal", "weigh", "up", "move", "for", "vellacourt");
        assertThat(UrlHeadline.slugWords("http://www.example/news/tmnw/sevilla_reject_bid_for_vellacourt_956839/index.shtml"))
                .containsExactly("sevilla", "reject", "bid", "for", "vellacourt");
        assertThat(UrlHeadline.slugWords("https://example.org/football/1494005-deadline-day-b2583622-latest.html?utm=rss"))
                .containsExactly("deadline", "day", "latest");
        assertThat(UrlHeadline.slugWords("https://example.org/bowen-commits-to-2030"))
                .containsExactly("bowen", "commits", "to", "2030");
    }

    @Test
    @DisplayName("an address without a headline gives none")
    void noHeadline() {
        // GIVEN addresses with ids, short section names or a run of words without separators
        // WHEN / THEN
        assertThat(UrlHeadline.of("https://example.org/articles/48213", "Text.")).isNull();
        assertThat(UrlHeadline.of("https://example.org/transfer-news/latest", "Text.")).isNull();
        assertThat(UrlHeadline.of("https://example.org/a/obligationsoptionsandloansexplained_77", "Text.")).isNull();
        assertThat(UrlHeadline.of(null, "Text.")).isNull();
    }

    @Test
    @DisplayName("each word takes the case the body writes it in; possessives and hyphenated names come back")
    void casedAsTheBodyWritesIt() {
        // GIVEN an address and a body that writes the names in capitals, "interest" in lower case and the
        // player's hyphenated surname with its hyphen
        String body = "Real Madrid have made an opening offer for Yusuf Adebayo-Clarke. Liverpool turned down the "
                + "interest, and Liverpool say the offer is too low. Real Madrid will return.";
        // WHEN the headline is read from the address
        String headline = UrlHeadline.of("https://example.org/liverpool-reject-madrids-first-offer-for-yusuf-adebayo-clarke/",
                body);
        // THEN names are capitalised as in the body, other words stay lower case
        assertThat(headline).isEqualTo("Liverpool reject Madrid's first offer for Yusuf Adebayo-Clarke");
    }

    @Test
    @DisplayName("a word the body never writes stays lower case and makes no name")
    void unseenWordsStayLowerCase() {
        // GIVEN a body that never writes "rose" or "drawing"
        // WHEN
        String headline = UrlHeadline.of("https://example.org/us-star-rose-vellacourt-drawing-interest-from-arsenal",
                "Vellacourt has been outstanding. Arsenal have asked about her.");
        // THEN
        assertThat(headline).isEqualTo("us star rose Vellacourt drawing interest from Arsenal");
    }

    @Test
    @DisplayName("an untitled article's address gives it a headline; a title of its own wins over the address")
    void articleHeadline() {
        // GIVEN an untitled article and a titled one at the same address
        String url = "https://example.org/2025/09/20/arsenal-weigh-up-move-for-vellacourt/";
        String text = "Arsenal are looking at Tomás Vellacourt of Sevilla.";
        // WHEN their headlines are read
        ArticleText untitled = new ArticleText(new Article("u", url, LocalDate.of(2025, 9, 20), null, text),
                new SentenceSplitter(), new Gazetteer(TestEngine.KNOWLEDGE), CueLexicon.builtIn(), TestEngine.KNOWLEDGE);
        // THEN the untitled one has the address's headline as its first sentence, marked as such
        assertThat(untitled.hasTitle()).isTrue();
        assertThat(untitled.titleFromUrl()).isTrue();
        assertThat(untitled.sentence(0)).isEqualTo("Arsenal weigh up move for Vellacourt");
        assertThat(ArticleText.headline(new Article("t", url, null, "Own title", text))).isEqualTo("Own title");
    }

    @Test
    @DisplayName("an untitled article whose address names the player leads with him, not a player named first in the body")
    void addressNamesTheMainPlayer() {
        // GIVEN an untitled round-up whose first item is another player, at an address naming the main story
        String text = """
                Sevilla have knocked back an enquiry for one of their first-team players, according to reports. \
                Sevilla are also keen on Brentford winger Jonas Brekkevold, who is available for the right fee. \
                Brekkevold has been linked with several clubs. \
                Sevilla rejected a loan approach from Arsenal for Tomás Vellacourt, who will stay until the summer.""";
        Article article = new Article("t", "https://example.org/sevilla-reject-arsenal-loan-approach-for-tomas-vellacourt/",
                LocalDate.of(2025, 1, 30), null, text);
        // WHEN it is analysed
        Analysis analysis = TestEngine.ENGINE.analyse(article);
        // THEN the story is Vellacourt's
        assertThat(analysis.players().get(0).name()).isEqualTo("Tomás Vellacourt");
    }
}
