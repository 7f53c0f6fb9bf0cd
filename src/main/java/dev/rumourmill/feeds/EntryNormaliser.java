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

/**
 * One Rome entry, plus its element in the document, into a clean {@link FeedEntry}. The element fills
 * the gaps Rome leaves: dates it could not read, {@code dc:title}-only items, Media RSS images.
 */
final class EntryNormaliser {

    private EntryNormaliser() {
    }

    /**
     * @param raw          the entry's element in the document, or null when it could not be matched up
     * @param dates        the dates read from that element, or null (with raw) to take Rome's
     * @param guidIsStable false when the guid is shared with another item of the same feed
     */
    static FeedEntry normalise(SyndEntry entry, Element raw, EntryDates dates, boolean guidIsStable, FeedLinks links,
            List<String> warnings) {
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
        Instant published = dates != null ? dates.published() : instant(entry.getPublishedDate());
        Instant updated = dates != null ? dates.updated() : instant(entry.getUpdatedDate());
        String summary = summary(entry.getDescription());
        String content = entry.getContents().stream().map(SyndContent::getValue).filter(v -> !FeedText.isBlank(v))
                .findFirst().map(FeedText::fromHtml).orElse("");
        String id = EntryIdentity.of(guid(entry, raw), guidIsStable, link, title, published != null ? published : updated);
        String author = author(entry);
        return new FeedEntry(id, title, link, new FeedEntry.Dates(published, updated), author != null || publisher.isEmpty() ? author : publisher,
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

    private static Instant instant(Date fromRome) {
        return fromRome == null ? null : fromRome.toInstant();
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
