package dev.rumourmill.feeds;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;

/**
 * The elements of an entry that the project reads itself, taken out of the document while Rome maps it, so that
 * Rome does not do that work a second time: the dates ({@link EntryDates}; Rome 2.1.0 tries a new
 * {@code SimpleDateFormat} per pattern) and Dublin Core. Of Dublin Core the bot uses only {@code dc:creator}
 * ({@link EntryNormaliser} reads it) and {@code dc:date}; yet an entry with any Dublin Core element gets a Rome
 * module that Rome's converter copies by reflection into the entry it hands out (about a tenth of the parse time
 * for a WordPress-style feed with {@code dc:creator}).
 */
final class RomeBypass {

    private RomeBypass() {
    }

    /** Takes the elements out of the entry and returns them, in document order, to be put back after Rome. */
    static List<Element> detach(Element entry) {
        List<Element> detached = new ArrayList<>(4);
        for (Element child : entry.getChildren()) {
            if (isReadByTheProject(child)) {
                detached.add(child);
            }
        }
        for (Element child : detached) {
            child.detach();
        }
        return detached;
    }

    private static boolean isReadByTheProject(Element child) {
        String uri = child.getNamespaceURI();
        if (uri.equals(FeedNamespaces.DC.getURI())) {
            return true;
        }
        return switch (child.getName()) {
            case "pubDate" -> uri.isEmpty() || uri.equals(FeedNamespaces.RSS_1.getURI());
            case "published", "updated" -> uri.equals(FeedNamespaces.ATOM.getURI());
            case "issued", "modified", "created" -> uri.equals(FeedNamespaces.ATOM_03.getURI());
            default -> false;
        };
    }
}
