package dev.rumourmill.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Rome 2.1.0, wrapped: a StAX-built document in (see {@link FeedDocumentReader}), rewritten where it is a
 * dialect Rome does not know ({@link FeedDialects}), clean {@link FeedEntry} values out with relative links made
 * absolute ({@link FeedLinks}), and an error an admin can act on for everything Rome chokes on. Thread-safe.
 */
public final class RomeFeedParser {

    private static final Set<String> RSS_VERSIONS = Set.of("0.90", "0.91", "0.92", "0.93", "0.94", "2.0");
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private final Clock clock;

    public RomeFeedParser(Clock clock) {
        this.clock = clock;
    }

    /** A feed with no URL to resolve relative links against (a file, a benchmark). */
    public ParsedFeed parse(byte[] bytes, String httpContentType) throws FeedParseException {
        return parse(bytes, httpContentType, null);
    }

    /**
     * @param bytes           the body exactly as received (after content decoding)
     * @param httpContentType the Content-Type header, or null for a file
     * @param feedUrl         where the feed was fetched from, the last base for relative links; null for a file
     */
    public ParsedFeed parse(byte[] bytes, String httpContentType, URI feedUrl) throws FeedParseException {
        List<String> warnings = new ArrayList<>();
        Document document = FeedDocumentReader.read(bytes, httpContentType, warnings);
        Element root = document.getRootElement();
        FeedDialects.normalise(root, warnings);
        List<Element> items = itemsOf(root, warnings);
        List<EntryDates> dates = new ArrayList<>(items.size());
        Map<Element, List<Element>> detached = new HashMap<>();
        for (Element item : items) {
            dates.add(EntryDates.of(item));
            detached.put(item, RomeBypass.detach(item));
        }
        SyndFeed feed = build(document);
        detached.forEach(Element::addContent);
        boolean matched = items.size() == feed.getEntries().size();
        if (!matched) {
            // Without an element per entry there is nowhere else to read dates and authors from: let Rome read them.
            feed = build(document);
        }
        FeedLinks links = FeedLinks.of(root, feed.getLink(), feedUrl);
        List<SyndEntry> entries = feed.getEntries();
        List<String> guids = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            guids.add(EntryNormaliser.guid(entries.get(i), matched ? items.get(i) : null));
        }
        Map<String, Integer> guidCounts = guidCounts(guids);
        List<FeedEntry> parsed = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Element raw = matched ? items.get(i) : null;
            String guid = guids.get(i);
            boolean guidIsStable = guid != null && guidCounts.get(guid) == 1;
            parsed.add(EntryNormaliser.normalise(entries.get(i), raw, matched ? dates.get(i) : null, guidIsStable, links,
                    warnings));
        }
        warnAboutGuidsAndDates(guidCounts, parsed, warnings);
        return new ParsedFeed(feed.getFeedType(), FeedText.line(feed.getTitle()), FeedText.httpUrl(links.feedLink()),
                parsed, warnings.stream().distinct().toList());
    }

    private static SyndFeed build(Document document) throws FeedParseException {
        try {
            return new SyndFeedInput().build(document);
        } catch (FeedException | RuntimeException e) {
            // Rome reports many shapes of bad feed as NullPointerException or ArrayIndexOutOfBounds.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FeedParseException("Rome could not read this feed: " + reason + ".", e);
        }
    }

    /** The item elements in document order, so each Rome entry can be matched with its element. */
    private static List<Element> itemsOf(Element root, List<String> warnings) throws FeedParseException {
        switch (root.getName()) {
            case "rss" -> {
                Element channel = root.getChild("channel");
                if (channel == null) {
                    throw new FeedParseException("The RSS feed has no <channel> element, so it has no items to read.");
                }
                String version = root.getAttributeValue("version", "").strip();
                if (!RSS_VERSIONS.contains(version)) {
                    // Rome rejects versions it does not know (e.g. "2.2"); they are RSS 2.0 in practice.
                    warnings.add("The feed claims RSS version '" + version + "'; it was read as RSS 2.0.");
                    root.setAttribute("version", "2.0");
                }
                return channel.getChildren("item");
            }
            case "feed" -> {
                return root.getChildren("entry", root.getNamespace());
            }
            case "RDF" -> {
                return root.getChildren("item", FeedNamespaces.RSS_1);
            }
            case "html" -> throw new FeedParseException(FeedDocumentReader.WEB_PAGE);
            default -> throw new FeedParseException("This is XML but not an RSS or Atom feed (its root element is <"
                    + root.getQualifiedName() + ">).");
        }
    }

    private static Map<String, Integer> guidCounts(List<String> guids) {
        Map<String, Integer> counts = new HashMap<>();
        for (String guid : guids) {
            if (guid != null) {
                counts.merge(guid, 1, Integer::sum);
            }
        }
        return counts;
    }

    private void warnAboutGuidsAndDates(Map<String, Integer> guidCounts, List<FeedEntry> entries, List<String> warnings) {
        long shared = guidCounts.values().stream().filter(count -> count > 1).count();
        if (shared > 0) {
            warnings.add(shared + " guid(s) are shared by several items; those items were told apart by their links.");
        }
        Instant soon = clock.instant().plus(FUTURE_TOLERANCE);
        long future = entries.stream().filter(e -> e.date() != null && e.date().isAfter(soon)).count();
        if (future > 0) {
            warnings.add(future + " item(s) are dated in the future.");
        }
        long undated = entries.stream().filter(e -> e.date() == null).count();
        if (undated > 0) {
            warnings.add(undated + " item(s) have no readable date.");
        }
    }
}
