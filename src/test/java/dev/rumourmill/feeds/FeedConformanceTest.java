package dev.rumourmill.feeds;

import static dev.rumourmill.feeds.FeedFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real-world quirks that feed readers accept, one fixture each under src/test/resources/feeds/conformance. */
class FeedConformanceTest {

    private static final URI FEED_URL = URI.create("https://feeds.example.org/football/feed.xml");

    private final RomeFeedParser parser = new RomeFeedParser(FeedFixtures.CLOCK);

    private ParsedFeed parse(String fixture) throws FeedParseException {
        return parser.parse(bytes("conformance/" + fixture), null, FEED_URL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rss2-blank-line-before-declaration.xml", "rss2-spaces-and-tabs-before-declaration.xml",
            "rss2-bom-then-blank-line.xml", "rss2-blank-line-then-bom.xml"})
    @DisplayName("white space and byte-order marks before <?xml are skipped")
    void junkBeforeDeclaration(String fixture) throws Exception {
        // GIVEN a feed with a blank line, spaces or a BOM before its XML declaration
        // WHEN it is parsed
        ParsedFeed feed = parse(fixture);

        // THEN it reads like any other RSS 2.0 feed
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.entries()).extracting(FeedEntry::title)
                .containsExactly("Harbour City sign left-back Iker Sol", "Under-21s reach the cup final");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    @DisplayName("the encoding in an XML declaration after a blank line is still used")
    void declarationAfterBlankLineStillNamesTheEncoding() throws Exception {
        // GIVEN an ISO-8859-1 feed whose declaration follows a blank line
        // WHEN it is parsed without an HTTP charset
        ParsedFeed feed = parse("rss2-blank-line-latin1.xml");

        // THEN the Latin-1 letters are read correctly
        assertThat(feed.title()).isEqualTo("Blank line, Latin-1: Jörg Müller");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    @DisplayName("a comment before <?xml is skipped")
    void commentBeforeDeclaration() throws Exception {
        ParsedFeed feed = parse("rss2-comment-before-declaration.xml");

        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Goalkeeper coach leaves the club");
    }

    @Test
    @DisplayName("RSS 2.0 in the UserLand namespace is read as plain RSS 2.0")
    void userlandNamespace() throws Exception {
        // GIVEN <rss xmlns="http://backend.userland.com/rss2">
        // WHEN it is parsed
        ParsedFeed feed = parse("rss2-userland-namespace.xml");

        // THEN channel and items are found
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.link()).isEqualTo("https://radio.example.net/football/");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo("radio-1001");
        assertThat(entry.title()).isEqualTo("Keeper Ola Brann extends to 2029");
        assertThat(entry.link()).isEqualTo("https://radio.example.net/football/brann-extends");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-28T08:15:00Z"));
    }

    @Test
    @DisplayName("namespaced RSS 2.0 keeps its modules: dc:creator, dc:date, content:encoded, media:thumbnail")
    void userlandNamespaceWithModules() throws Exception {
        FeedEntry entry = parse("rss2-userland-namespace-modules.xml").entries().get(0);

        assertThat(entry.author()).isEqualTo("Transfer Desk");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(entry.summary()).isEqualTo("Teaser only.");
        assertThat(entry.content()).isEqualTo("Northbridge have opened talks. A fee is not agreed.");
        assertThat(entry.image()).isEqualTo("https://blog.example.net/img/ferro.jpg");
    }

    @Test
    @DisplayName("RSS 2.0 whose default namespace clashes with Atom's: unprefixed elements are RSS, atom:link stays Atom")
    void defaultNamespaceClashWithAtom() throws Exception {
        // GIVEN <rss xmlns="http://www.w3.org/2005/Atom" xmlns:atom="http://www.w3.org/2005/Atom"> with an atom:link
        // WHEN it is parsed
        ParsedFeed feed = parse("rss2-default-namespace-atom-clash.xml");

        // THEN the channel link is the RSS <link>, not the atom:link, and items read normally
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.link()).isEqualTo("https://fans.example.com/");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Westport want striker Dan Okafor on loan");
        assertThat(entry.link()).isEqualTo("https://fans.example.com/posts/okafor-loan");
        assertThat(entry.author()).isEqualTo("Fan Desk");
    }

    @Test
    @DisplayName("RSS 2.0 with the RSS 1.0 namespace as its default is read as RSS 2.0")
    void defaultNamespaceClashWithRss1() throws Exception {
        ParsedFeed feed = parse("rss2-default-namespace-rss1-clash.xml");

        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly("https://league.example.org/news/window-dates");
    }

    @Test
    @DisplayName("relative Atom links resolve against the entry's xml:base, then the feed's (relative bases chained)")
    void relativeLinksAgainstXmlBase() throws Exception {
        // GIVEN a feed with xml:base="https://code.example.org/" and entries with absolute, none and relative xml:base
        // WHEN it is parsed
        ParsedFeed feed = parse("atom-relative-links-xml-base.xml");

        // THEN every link is absolute and nothing is dropped
        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(
                "https://code.example.org/owner/repo/releases/tag/v3.9.0",
                "https://mirror.example.net/club/releases/v3.8.1",
                "https://code.example.org/owner/repo/releases/tag/v3.8.0");
        assertThat(feed.warnings()).noneMatch(w -> w.contains("not an http(s) address"));
    }

    @Test
    @DisplayName("without xml:base, relative Atom links resolve against the feed's own link")
    void relativeLinksAgainstFeedLink() throws Exception {
        ParsedFeed feed = parse("atom-relative-links-feed-link.xml");

        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(
                "https://club.example.com/en/news/academy-graduate-signs", "https://club.example.com/en/matchday-programme");
    }

    @Test
    @DisplayName("without xml:base or a feed link, relative Atom links resolve against the feed URL")
    void relativeLinksAgainstFeedUrl() throws Exception {
        ParsedFeed feed = parse("atom-relative-links-feed-url.xml");

        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly("https://feeds.example.org/forum/t/77");
    }

    @Test
    @DisplayName("a relative link with no base at all (a local file) is still dropped with a warning")
    void relativeLinkWithoutAnyBase() throws Exception {
        // GIVEN the same feed read from a file: no feed URL
        // WHEN it is parsed
        ParsedFeed feed = parser.parse(bytes("conformance/atom-relative-links-feed-url.xml"), null);

        // THEN the link cannot be made absolute
        assertThat(feed.entries().get(0).link()).isNull();
        assertThat(feed.warnings()).contains("Ignored a link that is not an http(s) address: '/forum/t/77'.");
    }

    @Test
    @DisplayName("relative RSS item links resolve against the channel link")
    void relativeRssLinks() throws Exception {
        ParsedFeed feed = parse("rss2-relative-links.xml");

        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(
                "https://smallclub.example.org/news/2026/home-kit", "https://smallclub.example.org/news/season-tickets");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"atom03-standard-namespace.xml", "atom03-namespace-without-hash.xml",
            "atom03-namespace-draft-echo.xml", "atom03-namespace-uppercase.xml", "atom03-no-namespace.xml"})
    @DisplayName("Atom 0.3 in its own or a variant namespace is read as Atom 0.3")
    void atom03NamespaceVariants(String fixture) throws Exception {
        // GIVEN an Atom 0.3 feed in the standard namespace or a variant of it
        // WHEN it is parsed
        ParsedFeed feed = parse(fixture);

        // THEN the entry is read with its id, link and issued date
        assertThat(feed.format()).isEqualTo("atom_0.3");
        assertThat(feed.link()).isEqualTo("https://old.example.org/");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo("tag:old.example.org,2026:ferro-close");
        assertThat(entry.title()).isEqualTo("Ferro deal close, says agent");
        assertThat(entry.link()).isEqualTo("https://old.example.org/2026/11/ferro-close");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(entry.summary()).isEqualTo("The agent says the deal is close.");
    }

    @Test
    @DisplayName("a variant Atom namespace is named in a warning")
    void variantNamespaceWarning() throws Exception {
        ParsedFeed feed = parse("atom03-namespace-without-hash.xml");

        assertThat(feed.warnings()).containsExactly(
                "The feed uses the non-standard Atom namespace 'http://purl.org/atom/ns'; it was read as Atom 0.3.");
    }

    @Test
    @DisplayName("Atom 1.0 in a namespace with a trailing slash is read as Atom 1.0")
    void atom10TrailingSlash() throws Exception {
        ParsedFeed feed = parse("atom10-namespace-trailing-slash.xml");

        assertThat(feed.format()).isEqualTo("atom_1.0");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo("urn:example:slash:1");
        assertThat(entry.link()).isEqualTo("https://slash.example.org/posts/1");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2026-11-28T07:10:00Z"));
    }

    @Test
    @DisplayName("Atom 0.3 base64 content, wrapped and indented, is decoded as UTF-8")
    void atom03Base64Content() throws Exception {
        // GIVEN <content mode="base64"> over several indented lines, with non-ASCII letters
        // WHEN it is parsed
        FeedEntry entry = parse("atom03-base64-content.xml").entries().get(0);

        // THEN the content is the decoded HTML as text
        assertThat(entry.title()).isEqualTo("Müller agrees terms");
        assertThat(entry.content()).isEqualTo("Harbour City have agreed terms with Jörg Müller. Medical on Monday.");
    }

    @Test
    @DisplayName("Atom 0.3 base64 titles and summaries are decoded too")
    void atom03Base64TitleAndSummary() throws Exception {
        FeedEntry entry = parse("atom03-base64-title-and-summary.xml").entries().get(0);

        assertThat(entry.title()).isEqualTo("Medical booked for Müller");
        assertThat(entry.summary()).isEqualTo("Monday, 9am.");
    }

    @Test
    @DisplayName("Atom 0.3 base64 that is not UTF-8 is read as Windows-1252")
    void atom03Base64Latin() throws Exception {
        // GIVEN a base64 title whose bytes are Windows-1252 ("Müller" with ü as one byte)
        String title = java.util.Base64.getEncoder().encodeToString("Müller".getBytes("windows-1252"));
        String feed = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>t</title><entry>"
                + "<title mode=\"base64\">" + title + "</title><id>urn:x:1</id>"
                + "<issued>2026-11-28T09:00:00Z</issued></entry></feed>";

        // WHEN it is parsed
        FeedEntry entry = parser.parse(feed.getBytes(StandardCharsets.UTF_8), null, FEED_URL).entries().get(0);

        // THEN the letters survive
        assertThat(entry.title()).isEqualTo("Müller");
    }

    @Test
    @DisplayName("HTML entities such as &nbsp; and &eacute; are read as their characters, with a warning")
    void htmlEntities() throws Exception {
        // GIVEN a feed using HTML-only entities outside CDATA
        // WHEN it is parsed
        ParsedFeed feed = parse("rss2-html-entities.xml");

        // THEN they become the characters they name
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Atlético Norte ficha a José Peña – 3 años");
        assertThat(entry.summary()).isEqualTo("Contrato hasta 2029 & cláusula de €40M.");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("it was repaired to be read"));
    }

    @Test
    @DisplayName("bare ampersands in text and URLs are read literally; CDATA is left as written")
    void bareAmpersands() throws Exception {
        ParsedFeed feed = parse("rss2-bare-ampersands.xml");

        assertThat(feed.title()).isEqualTo("Bare ampersands: Fans & Friends");
        assertThat(feed.link()).isEqualTo("https://fans.example.org/?lang=en&section=football");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Harbour City & Northbridge both want Vale");
        assertThat(entry.link()).isEqualTo("https://fans.example.org/read?id=42&src=rss");
        assertThat(entry.summary()).isEqualTo("Kept as written inside CDATA: AT&T & co.");
    }

    @Test
    @DisplayName("skipping junk before <?xml and repairing entities never lets a DOCTYPE through")
    void doctypeStillRefused() {
        // GIVEN an XXE feed with a blank line first and an HTML entity that forces the repair path
        String xxe = "\n\uFEFF<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&x; &nbsp;</title><item><title>&x;</title></item></channel></rss>";

        // WHEN / THEN it is refused at the DOCTYPE
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), null, FEED_URL))
                .isInstanceOf(FeedParseException.class).hasMessage(FeedDocumentReader.DOCTYPE_REFUSED);
    }

    @Test
    @DisplayName("XML that stays broken after the repair reports the original error")
    void unrepairableXml() {
        String broken = "<rss version=\"2.0\"><channel><title>a &nbsp; b</channel></rss>";

        assertThatThrownBy(() -> parser.parse(broken.getBytes(StandardCharsets.UTF_8), null, FEED_URL))
                .hasMessageStartingWith("The feed is not well-formed XML:").hasMessageNotContaining("#160");
    }
}
