package dev.rumourmill.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * One Rome entry, plus its element in the document, into a clean {@link FeedEntry}. The element fills
 * the gaps Rome leaves: dates it could not read, {@code dc:title}-only items, Media RSS images.
 */
final class EntryNormaliser {

    private EntryNormaliser() {
    }

    /**
     * @param raw          the entry's element in the document, or null when it could not be matched up
     * @param guidIsStable false when the guid is shared with another item of the same feed
     */
    static FeedEntry normalise(SyndEntry entry, Element raw, boolean guidIsStable, FeedLinks links, List<String> warnings) {
        String title = FeedText.line(entry.getTitle());
        if (title.isEmpty() && raw != null) {
            title = FeedText.line(raw.getChildText("title", FeedNamespaces.DC));
        }
        String publisher = raw == null ? "" : FeedText.line(raw.getChildText("source"));
        if (!publisher.isEmpty() && title.endsWith(" - " + publisher)) {
            // Google News style: "Headline - Publisher", with the publisher repeated in <source>.
            title = title.substring(0, title.length() - publisher.length() - 3).strip();
        }
        String link = link(entry, raw, links, warnings);
        // Rome maps Atom 0.3 <modified> to the published date; <issued> is when the entry was published.
        boolean atom03 = raw != null && raw.getNamespaceURI().equals(FeedNamespaces.ATOM_03.getURI());
        Instant published = atom03 ? date(null, raw, "issued", "created", "modified")
                : date(entry.getPublishedDate(), raw, "pubDate", "date", "published", "issued", "created");
        Instant updated = atom03 ? date(null, raw, "modified")
                : date(entry.getUpdatedDate(), raw, "updated", "modified");
        String summary = summary(entry.getDescription());
        String content = entry.getContents().stream().map(SyndContent::getValue).filter(v -> !FeedText.isBlank(v))
                .findFirst().map(FeedText::fromHtml).orElse("");
        String id = EntryIdentity.of(guid(entry, raw), guidIsStable, link, title, published != null ? published : updated);
        String author = author(entry);
        return new FeedEntry(id, title, link, published, updated, author != null || publisher.isEmpty() ? author : publisher,
                summary, content,
                EntryImages.of(entry, raw));
    }

    /** The guid (RSS 2.0), id (Atom) or rdf:about (RSS 1.0) exactly as the feed gives it, or null. */
    static String guid(SyndEntry entry, Element raw) {
        if (raw == null) {
            return entry.getUri();
        }
        String guid = raw.getChildTextTrim("guid");
        if (guid == null) {
            guid = raw.getChildTextTrim("id", FeedNamespaces.ATOM);
        }
        if (guid == null) {
            guid = raw.getChildTextTrim("id", FeedNamespaces.ATOM_03);
        }
        if (guid == null) {
            guid = raw.getAttributeValue("about", FeedNamespaces.RDF);
        }
        return FeedText.isBlank(guid) ? null : guid.strip();
    }

    private static String link(SyndEntry entry, Element raw, FeedLinks links, List<String> warnings) {
        String written = entry.getLink();
        if (FeedText.isBlank(written)) {
            written = entry.getLinks().stream().map(SyndLink::getHref).filter(h -> !FeedText.isBlank(h)).findFirst().orElse(null);
        }
        String link = FeedText.httpUrl(links.resolve(written, FeedLinks.linkElement(raw, written)));
        if (link == null && !FeedText.isBlank(written)) {
            warnings.add("Ignored a link that is not an http(s) address: '" + abbreviate(written.strip()) + "'.");
        }
        return link;
    }

    private static Instant date(Date fromRome, Element raw, String... elementNames) {
        if (fromRome != null) {
            return fromRome.toInstant();
        }
        if (raw == null) {
            return null;
        }
        for (String name : elementNames) {
            for (Namespace namespace : List.of(raw.getNamespace(), Namespace.NO_NAMESPACE, FeedNamespaces.ATOM,
                    FeedNamespaces.DC, FeedNamespaces.DC_TERMS)) {
                Instant instant = FeedDates.parse(raw.getChildTextTrim(name, namespace));
                if (instant != null) {
                    return instant;
                }
            }
        }
        return null;
    }

    private static String summary(SyndContent description) {
        if (description == null || FeedText.isBlank(description.getValue())) {
            return "";
        }
        // Atom "text" summaries are not HTML: a literal "<" in them is a less-than sign, not a tag.
        return "text".equals(description.getType()) || "text/plain".equals(description.getType())
                ? FeedText.line(description.getValue().replace("<", "&lt;"))
                : FeedText.fromHtml(description.getValue());
    }

    private static String author(SyndEntry entry) {
        String author = FeedText.line(entry.getAuthor());
        if (author.isEmpty()) {
            author = entry.getAuthors().stream().map(SyndPerson::getName).map(FeedText::line)
                    .filter(name -> !name.isEmpty()).collect(Collectors.joining(", "));
        }
        return author.isEmpty() ? null : author;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
