package dev.rumourmill.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Makes the links a feed writes relative ({@code <link href="/owner/repo/releases/tag/v3.9.0"/>}) absolute.
 * The base is the nearest {@code xml:base} (the link's own, then the entry's, then the feed's, each relative one
 * resolved against the one outside it), then the feed's own link, then the URL the feed was fetched from.
 * Rome leaves relative links as written, and they would be dropped as "not an http(s) address".
 */
final class FeedLinks {

    private final URI fallback;
    private final String feedLink;

    private FeedLinks(URI fallback, String feedLink) {
        this.fallback = fallback;
        this.feedLink = feedLink;
    }

    /**
     * @param root         the document's root element
     * @param feedLinkText the feed's own link as Rome read it (RSS channel link), or null
     * @param feedUrl      the URL the feed was fetched from, or null for a file
     */
    static FeedLinks of(Element root, String feedLinkText, URI feedUrl) {
        URI fetchedFrom = feedUrl != null && feedUrl.isAbsolute() ? feedUrl : null;
        Element alternate = atomAlternateLink(root);
        String written = alternate != null ? alternate.getAttributeValue("href") : feedLinkText;
        Element context = alternate != null ? alternate : feedLinkElement(root, written);
        String feedLink = new FeedLinks(fetchedFrom, null).resolve(written, context);
        URI feedLinkUri = absolute(feedLink);
        return new FeedLinks(isHttp(feedLinkUri) ? feedLinkUri : fetchedFrom, feedLink);
    }

    /** The feed's own link (its home page), made absolute when it can be; null when the feed has none. */
    String feedLink() {
        return feedLink;
    }

    /**
     * @param written the link as the feed wrote it
     * @param context the element the link was written in (the entry, or the link element), or null
     * @return the absolute link, or the link as written when it is already absolute or there is no base
     */
    String resolve(String written, Element context) {
        if (FeedText.isBlank(written)) {
            return written;
        }
        String link = written.strip();
        try {
            URI uri = new URI(link);
            if (uri.isAbsolute()) {
                return link;
            }
            URI base = base(context);
            return base == null ? link : withPath(base).resolve(uri).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }

    /** The link element of an entry whose href is the given link, so its own xml:base counts; else the entry. */
    static Element linkElement(Element entry, String href) {
        if (entry == null || href == null) {
            return entry;
        }
        for (Element link : entry.getChildren("link", entry.getNamespace())) {
            if (href.equals(link.getAttributeValue("href"))) {
                return link;
            }
        }
        return entry;
    }

    /** An Atom feed's home page; Rome 2.1.0 gives the rel="self" link (the feed itself) as the feed's link. */
    private static Element atomAlternateLink(Element root) {
        if (!root.getName().equals("feed")) {
            return null;
        }
        for (Element link : root.getChildren("link", root.getNamespace())) {
            String rel = link.getAttributeValue("rel", "alternate").strip();
            if (rel.equals("alternate") && !FeedText.isBlank(link.getAttributeValue("href"))) {
                return link;
            }
        }
        return null;
    }

    private static Element feedLinkElement(Element root, String href) {
        Element channel = root.getChild("channel", root.getNamespace());
        return channel != null ? channel : linkElement(root, href);
    }

    private URI base(Element context) throws URISyntaxException {
        Deque<String> bases = new ArrayDeque<>();
        for (Element e = context; e != null; e = e.getParentElement()) {
            String xmlBase = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (!FeedText.isBlank(xmlBase)) {
                bases.push(xmlBase.strip());
            }
        }
        URI base = fallback;
        for (String xmlBase : bases) {
            URI uri = new URI(xmlBase);
            base = uri.isAbsolute() ? uri : base == null ? null : withPath(base).resolve(uri);
        }
        return base;
    }

    /** {@code https://example.org} resolves {@code a} to {@code https://example.orga} in java.net.URI; add the "/". */
    private static URI withPath(URI base) throws URISyntaxException {
        if (base.isOpaque() || base.getRawAuthority() == null || !base.getRawPath().isEmpty()) {
            return base;
        }
        return new URI(base.getScheme() + "://" + base.getRawAuthority() + "/"
                + (base.getRawQuery() == null ? "" : "?" + base.getRawQuery()));
    }

    private static URI absolute(String link) {
        try {
            URI uri = link == null ? null : new URI(link);
            return uri != null && uri.isAbsolute() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isHttp(URI uri) {
        return uri != null && FeedText.httpUrl(uri.toString()) != null && uri.getHost() != null;
    }
}
