package dev.rumourmill.feeds;

import static dev.rumourmill.feeds.FeedFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RomeFeedParserTest {

    private final RomeFeedParser parser = new RomeFeedParser(FeedFixtures.CLOCK);

    @Test
    @DisplayName("RSS 2.0: CDATA titles, guid without the re-issue suffix, tracking-free links, thumbnails")
    void rss2() throws Exception {
        // WHEN a broadcaster-style RSS 2.0 feed is parsed
        ParsedFeed feed = parser.parse(bytes("rss2-broadcaster.xml"), "application/rss+xml");

        // THEN entries are clean and keyed on the guid, not on the date
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("Rumour Mill Test Broadcaster - Football");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.id()).isEqualTo("https://news.example.org/sport/football/articles/c1001");
        assertThat(first.title()).isEqualTo("Northbridge agree fee for winger Tomas Vale");
        assertThat(first.link()).isEqualTo("https://news.example.org/sport/football/articles/c1001?at_medium=RSS&at_campaign=rss");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-28T09:30:00Z"));
        assertThat(first.image()).isEqualTo("https://img.example.org/240/c1001.jpg");
        assertThat(first.author()).isNull();
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    @DisplayName("Atom 1.0: id as identity, HTML content turned into text, text summaries kept literally")
    void atom() throws Exception {
        ParsedFeed feed = parser.parse(bytes("atom-forum.xml"), "application/atom+xml; charset=UTF-8");

        assertThat(feed.format()).isEqualTo("atom_1.0");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.id()).isEqualTo("t3_abc123");
        assertThat(first.title()).isEqualTo("[Local Paper] Harbour City in talks over & keeper loan");
        assertThat(first.content()).isEqualTo("Talks are advanced, according to the paper.");
        assertThat(first.author()).isEqualTo("/u/keeper_fan");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-28T09:58:30Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2026-11-28T09:59:00Z"));
        assertThat(first.image()).isEqualTo("https://img.example.net/thumb/abc123.png");
        FeedEntry second = feed.entries().get(1);
        assertThat(second.summary()).isEqualTo("Post your rumours here. 3 < 4 is still true.");
        assertThat(second.published()).isNull();
        assertThat(second.date()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
    }

    @Test
    @DisplayName("RSS 1.0 (RDF): rdf:about as identity, dc:date with an offset and as a plain date, dc:creator")
    void rdf() throws Exception {
        ParsedFeed feed = parser.parse(bytes("rdf-club.xml"), null);

        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(feed.entries()).extracting(FeedEntry::id).containsExactly(
                "https://club.example.com/news/signing-confirmed", "https://club.example.com/news/youth-contract");
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(feed.entries().get(0).author()).isEqualTo("Club Media");
        assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    @DisplayName("newspaper style: the widest media:content image, dc:creator, dc:date and HTML teaser as text")
    void mediaContentWidths() throws Exception {
        FeedEntry entry = parser.parse(bytes("rss2-newspaper-media.xml"), null).entries().get(0);

        assertThat(entry.image()).isEqualTo("https://img.example.com/460.jpg");
        assertThat(entry.author()).isEqualTo("Ana Writer and Ben Reporter");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-28T11:04:05Z"));
        assertThat(entry.summary()).isEqualTo("All the latest rumours and done deals. Continue reading...");
        assertThat(entry.id()).isEqualTo("https://daily.example.com/football/live/2026/nov/28/transfer-live");
    }

    @Test
    @DisplayName("transfer-site quirks: padded fields trimmed, double-encoded entities decoded once, odd zones read")
    void transferSiteQuirks() throws Exception {
        ParsedFeed feed = parser.parse(bytes("rss2-transfer-site-quirks.xml"), null);

        FeedEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("Hamburg-Nord chase Jörg Müller");
        assertThat(first.link()).startsWith("https://gossip.example.info/2026/11/28/mueller/?utm_source=rss");
        assertThat(first.id()).isEqualTo("https://gossip.example.info/?p=4711");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-08-28T14:00:00Z"));
        assertThat(first.author()).isEqualTo("Gossip Desk");
        assertThat(first.summary()).isEqualTo("Short teaser…");
        assertThat(first.content()).isEqualTo("The full article: Müller is wanted by three clubs. Second paragraph.");
        assertThat(first.image()).isEqualTo("https://gossip.example.info/wp-content/uploads/mueller.jpg");
    }

    @Test
    @DisplayName("an item without guid is keyed on its link minus tracking parameters; without link on title and date")
    void identityFallbacks() throws Exception {
        ParsedFeed feed = parser.parse(bytes("rss2-transfer-site-quirks.xml"), null);

        assertThat(feed.entries().get(1).id()).isEqualTo("https://gossip.example.info/2026/11/27/keeper/");
        assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2026-11-27T21:10:00Z"));
        assertThat(feed.entries().get(2).id()).startsWith("sha256:").hasSize(71);
        assertThat(feed.warnings()).contains("1 item(s) have no readable date.");
    }

    @Test
    @DisplayName("guids shared by several items, or that are only a date, are not used as identity")
    void duplicateGuids() throws Exception {
        ParsedFeed feed = parser.parse(bytes("rss2-duplicate-guids.xml"), null);

        assertThat(feed.entries()).extracting(FeedEntry::id)
                .containsExactly("https://lazy.example.org/a", "https://lazy.example.org/b", "https://lazy.example.org/c");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("shared by several items"));
    }

    @Test
    @DisplayName("pings and markdown in titles stay literal text; javascript links are dropped with a warning; future dates warned")
    void hostileTitles() throws Exception {
        ParsedFeed feed = parser.parse(bytes("rss2-hostile-titles.xml"), null);

        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("@everyone Striker signs!",
                "<@&123456789012345678> **huge** news", "[click here](javascript:alert(1)) for the deal");
        assertThat(feed.entries().get(1).link()).isNull();
        assertThat(feed.warnings()).contains("Ignored a link that is not an http(s) address: 'javascript:alert(1)'.",
                "1 item(s) are dated in the future.");
    }

    @Test
    @DisplayName("an unknown RSS version is read as RSS 2.0 with a warning instead of failing")
    void oddRssVersion() throws Exception {
        ParsedFeed feed = parser.parse(bytes("rss2-version-2.2.xml"), null);

        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Still readable");
        assertThat(feed.warnings()).contains("The feed claims RSS version '2.2'; it was read as RSS 2.0.");
    }

    @Test
    @DisplayName("a DOCTYPE with an external entity is refused before anything is read")
    void xxeRefused() {
        assertThatThrownBy(() -> parser.parse(bytes("xxe-local-file.xml"), null))
                .isInstanceOf(FeedParseException.class).hasMessage(FeedDocumentReader.DOCTYPE_REFUSED);
    }

    @Test
    @DisplayName("billion laughs is refused at the DOCTYPE, without expanding anything")
    void billionLaughsRefused() {
        assertThatThrownBy(() -> parser.parse(bytes("billion-laughs.xml"), null))
                .isInstanceOf(FeedParseException.class).hasMessage(FeedDocumentReader.DOCTYPE_REFUSED);
    }

    @Test
    @DisplayName("an HTML page is reported as a web page, not a feed")
    void htmlPage() {
        assertThatThrownBy(() -> parser.parse(bytes("web-page.html"), "text/html; charset=utf-8"))
                .hasMessage(FeedDocumentReader.WEB_PAGE);
    }

    @Test
    @DisplayName("an empty or blank body is reported as empty")
    void emptyBody() {
        assertThatThrownBy(() -> parser.parse(bytes("empty.xml"), null)).hasMessage(FeedDocumentReader.EMPTY);
        assertThatThrownBy(() -> parser.parse(" \n ".getBytes(StandardCharsets.UTF_8), null)).hasMessage(FeedDocumentReader.EMPTY);
    }

    @Test
    @DisplayName("RSS without a channel gets a clear error instead of Rome's NullPointerException")
    void noChannel() {
        assertThatThrownBy(() -> parser.parse(bytes("rss-no-channel.xml"), null))
                .hasMessage("The RSS feed has no <channel> element, so it has no items to read.");
    }

    @Test
    @DisplayName("XML that is not a feed, JSON, and broken XML each get their own message")
    void notAFeed() {
        assertThatThrownBy(() -> parser.parse("<html2><x/></html2>".getBytes(StandardCharsets.UTF_8), null))
                .hasMessage("This is XML but not an RSS or Atom feed (its root element is <html2>).");
        assertThatThrownBy(() -> parser.parse("{\"items\":[]}".getBytes(StandardCharsets.UTF_8), null))
                .hasMessageStartingWith("This is not a feed: the content is not XML");
        assertThatThrownBy(() -> parser.parse("<rss version=\"2.0\"><channel><title>x</channel></rss>".getBytes(StandardCharsets.UTF_8), null))
                .hasMessageStartingWith("The feed is not well-formed XML:");
    }

    @Test
    @DisplayName("5,000 items parse into 5,000 distinct entries")
    void manyItems() throws Exception {
        byte[] big = FeedFixtures.rssWithItems("big", 5000, FeedFixtures.NOW).getBytes(StandardCharsets.UTF_8);

        ParsedFeed feed = parser.parse(big, "application/xml");

        assertThat(feed.entries()).hasSize(5000);
        assertThat(feed.entries().stream().map(FeedEntry::id).distinct()).hasSize(5000);
    }
    @Test
    @DisplayName("news aggregator: the ' - Publisher' suffix leaves the title and becomes the author")
    void aggregatorPublisherSuffix() throws Exception {
        FeedEntry entry = parser.parse(bytes("rss2-news-aggregator.xml"), null).entries().get(0);

        assertThat(entry.title()).isEqualTo("Harbour City line up bid for goalkeeper");
        assertThat(entry.author()).isEqualTo("The Example Times");
        assertThat(entry.summary()).isEqualTo("Harbour City line up bid The Example Times");
    }

    @Test
    @DisplayName("the author as Rome orders it: Atom author, then the first dc:creator, then RSS <author>")
    void authorOrder() throws Exception {
        // GIVEN RSS items with dc:creator and <author>, and Atom entries with and without an <author>
        String rss = """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
                <item><title>a</title><link>https://a.example.org/1</link><author>desk@a.example.org</author>
                <dc:creator>Ann Writer</dc:creator><dc:creator>Bob Second</dc:creator></item>
                <item><title>b</title><link>https://a.example.org/2</link><author>desk@a.example.org</author></item>
                <item><title>c</title><link>https://a.example.org/3</link><dc:creator>  </dc:creator>
                <author>desk@a.example.org</author></item>
                <item><title>d</title><link>https://a.example.org/4</link><dc:creator>C &amp; D</dc:creator></item>
                </channel></rss>""";
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><title>t</title>
                <entry><title>a</title><id>urn:a</id><link href="https://b.example.org/1"/><dc:creator>Only DC</dc:creator></entry>
                <entry><title>b</title><id>urn:b</id><link href="https://b.example.org/2"/><author><name>Atom Author</name></author>
                <dc:creator>DC Too</dc:creator></entry>
                </feed>""";

        // WHEN both are parsed
        ParsedFeed rssFeed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null);
        ParsedFeed atomFeed = parser.parse(atom.getBytes(StandardCharsets.UTF_8), null);

        // THEN dc:creator comes before <author>, a blank one does not hide <author>, and Atom's own author wins
        assertThat(rssFeed.entries()).extracting(FeedEntry::author)
                .containsExactly("Ann Writer", "desk@a.example.org", "desk@a.example.org", "C & D");
        assertThat(atomFeed.entries()).extracting(FeedEntry::author).containsExactly("Only DC", "Atom Author");
    }
}
