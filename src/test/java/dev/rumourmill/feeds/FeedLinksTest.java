package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedLinksTest {

    private static Element atomFeed(String xmlBase) {
        Element feed = new Element("feed", FeedNamespaces.ATOM);
        if (xmlBase != null) {
            feed.setAttribute("base", xmlBase, Namespace.XML_NAMESPACE);
        }
        return feed;
    }

    @Test
    @DisplayName("a base with no path still resolves a relative link under its root")
    void baseWithoutPath() {
        // GIVEN a feed fetched from a URL without a path
        FeedLinks links = FeedLinks.of(atomFeed(null), null, URI.create("https://club.example.org"));

        // WHEN a path-relative link is resolved
        // THEN it lands under "/" rather than being glued to the host name
        assertThat(links.resolve("news/1", null)).isEqualTo("https://club.example.org/news/1");
    }

    @Test
    @DisplayName("absolute links, other schemes and unparseable links are returned as written")
    void absoluteAndBrokenLinks() {
        FeedLinks links = FeedLinks.of(atomFeed(null), null, URI.create("https://club.example.org/feed"));

        assertThat(links.resolve(" https://other.example.net/a ", null)).isEqualTo("https://other.example.net/a");
        assertThat(links.resolve("javascript:alert(1)", null)).isEqualTo("javascript:alert(1)");
        assertThat(links.resolve("/a b|c", null)).isEqualTo("/a b|c");
    }

    @Test
    @DisplayName("a protocol-relative link takes the scheme of its base")
    void protocolRelative() {
        FeedLinks links = FeedLinks.of(atomFeed(null), null, URI.create("https://club.example.org/feed"));

        assertThat(links.resolve("//cdn.example.org/story", null)).isEqualTo("https://cdn.example.org/story");
    }

    @Test
    @DisplayName("a relative xml:base with nothing to resolve it against leaves the link relative")
    void relativeBaseWithoutAnchor() {
        // GIVEN a feed read from a file with only a relative xml:base
        Element feed = atomFeed("/blog/");
        Element entry = new Element("entry", FeedNamespaces.ATOM);
        feed.addContent(entry);
        FeedLinks links = FeedLinks.of(feed, null, null);

        // WHEN / THEN nothing can make the link absolute
        assertThat(links.resolve("post-1", entry)).isEqualTo("post-1");
        assertThat(links.feedLink()).isNull();
    }

    @Test
    @DisplayName("the feed's own relative link is resolved against its xml:base and becomes the base for entries")
    void relativeFeedLink() {
        // GIVEN <feed xml:base="https://code.example.org/owner/"><link href="repo/releases"/>
        Element feed = atomFeed("https://code.example.org/owner/");
        feed.addContent(new Element("link", FeedNamespaces.ATOM).setAttribute("href", "repo/releases"));
        Element entry = new Element("entry", FeedNamespaces.ATOM);
        feed.addContent(entry);

        // WHEN the links are set up
        FeedLinks links = FeedLinks.of(feed, null, URI.create("https://feeds.example.org/x.atom"));

        // THEN the feed link is absolute
        assertThat(links.feedLink()).isEqualTo("https://code.example.org/owner/repo/releases");
        assertThat(links.resolve("tag/v1", entry)).isEqualTo("https://code.example.org/owner/tag/v1");
    }
}
