package dev.rumourmill.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * An entry's dates, read from its element by {@link FeedDates} instead of by Rome. Rome 2.1.0 tries every
 * W3C pattern with a new {@code SimpleDateFormat} before the RFC 822 one that usually matches, which was a
 * third of the parse time; the elements Rome would read are taken out of the document while Rome maps it
 * ({@link RomeBypass}).
 * The elements Rome reads come first, in Rome's order, then the fallbacks for what Rome gives up on.
 */
record EntryDates(Instant published, Instant updated) {

    private static final List<Namespace> FALLBACK_NAMESPACES = List.of(Namespace.NO_NAMESPACE, FeedNamespaces.ATOM,
            FeedNamespaces.DC, FeedNamespaces.DC_TERMS);

    private static final Set<String> DATE_NAMES = Set.of("pubDate", "date", "published", "issued", "created", "updated",
            "modified");

    static EntryDates of(Element raw) {
        // One pass over the entry's children; the lookups below then only look at its date elements.
        List<Element> dates = new ArrayList<>(4);
        for (Element child : raw.getChildren()) {
            if (DATE_NAMES.contains(child.getName())) {
                dates.add(child);
            }
        }
        Namespace namespace = raw.getNamespace();
        if (namespace.equals(FeedNamespaces.ATOM_03)) {
            // Rome maps Atom 0.3 <modified> to the published date; <issued> is when the entry was published.
            return new EntryDates(first(dates, namespace, "issued", "created", "modified"), first(dates, namespace, "modified"));
        }
        boolean atom10 = namespace.equals(FeedNamespaces.ATOM);
        // What Rome would give: Atom's <published> over dc:date; in RSS a dc:date over <pubDate>.
        Instant published = atom10 ? date(dates, "published", FeedNamespaces.ATOM) : null;
        if (published == null) {
            published = date(dates, "date", FeedNamespaces.DC);
        }
        if (published == null) {
            published = first(dates, namespace, "pubDate", "date", "published", "issued", "created");
        }
        Instant updated = atom10 ? date(dates, "updated", FeedNamespaces.ATOM) : null;
        return new EntryDates(published, updated != null ? updated : first(dates, namespace, "updated", "modified"));
    }

    private static Instant first(List<Element> dates, Namespace entryNamespace, String... elementNames) {
        for (String name : elementNames) {
            Instant instant = date(dates, name, entryNamespace);
            for (int i = 0; instant == null && i < FALLBACK_NAMESPACES.size(); i++) {
                instant = date(dates, name, FALLBACK_NAMESPACES.get(i));
            }
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** The first child of that name and namespace, read as a date, as {@code getChildTextTrim} would find it. */
    private static Instant date(List<Element> dates, String name, Namespace namespace) {
        for (Element element : dates) {
            if (element.getName().equals(name) && element.getNamespaceURI().equals(namespace.getURI())) {
                return FeedDates.parse(element.getTextTrim());
            }
        }
        return null;
    }
}
