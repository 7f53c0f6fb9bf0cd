package dev.rumourmill.feeds;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;

/**
 * The picture of an entry: the widest Media RSS image (Guardian lists several widths, BBC one
 * thumbnail), else an image enclosure. Rome 2.1.0 without its modules jar does not read Media RSS, so
 * the elements are read from the document directly.
 */
final class EntryImages {

    private static final String MEDIA_NAMESPACE = "http://search.yahoo.com/mrss";

    private EntryImages() {
    }

    static String of(SyndEntry entry, Element raw) {
        String media = raw == null ? null : widestMediaImage(raw);
        if (media != null) {
            return media;
        }
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            String type = enclosure.getType() == null ? "" : enclosure.getType().toLowerCase(Locale.ROOT);
            String url = FeedText.httpUrl(enclosure.getUrl());
            if (url != null && (type.startsWith("image/") || (type.isEmpty() && looksLikeImage(url)))) {
                return url;
            }
        }
        return null;
    }

    private static String widestMediaImage(Element item) {
        String best = null;
        int bestWidth = -1;
        for (Element media : mediaElements(item)) {
            String url = FeedText.httpUrl(media.getAttributeValue("url"));
            if (url == null || !isImage(media, url)) {
                continue;
            }
            int width = parseWidth(media.getAttributeValue("width"));
            if (width > bestWidth) {
                best = url;
                bestWidth = width;
            }
        }
        return best;
    }

    private static List<Element> mediaElements(Element item) {
        List<Element> found = new java.util.ArrayList<>();
        for (Element child : item.getChildren()) {
            if (!child.getNamespaceURI().startsWith(MEDIA_NAMESPACE)) {
                continue;
            }
            if (child.getName().equals("group")) {
                found.addAll(mediaElements(child));
            } else if (child.getName().equals("thumbnail") || child.getName().equals("content")) {
                found.add(child);
            }
        }
        return found;
    }

    private static boolean isImage(Element media, String url) {
        if (media.getName().equals("thumbnail")) {
            return true;
        }
        String medium = media.getAttributeValue("medium", "");
        String type = media.getAttributeValue("type", "");
        return medium.equals("image") || type.startsWith("image/") || (medium.isEmpty() && type.isEmpty() && looksLikeImage(url));
    }

    private static boolean looksLikeImage(String url) {
        String path = url.toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        return path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".png") || path.endsWith(".webp")
                || path.endsWith(".gif") || url.contains("/image") || url.contains("width=");
    }

    private static int parseWidth(String width) {
        try {
            return width == null ? 0 : Integer.parseInt(width.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
