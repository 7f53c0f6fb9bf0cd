package dev.rumourmill.feeds;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The two errors that make most real feeds "not well-formed": HTML entities such as {@code &nbsp;} or
 * {@code &eacute;} (XML only knows five, and we read no DTD that could declare more), and a bare {@code &}
 * ({@code AT&T}, {@code ?a=1&b=2}). Rome's own reader quietly repairs both, so feeds readers accept rely on it;
 * we repair them the same way, outside CDATA sections, and only after the strict parse has failed.
 */
final class XmlRepair {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|([A-Za-z][A-Za-z0-9]*));");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final String CDATA_START = "<![CDATA[";
    private static final String CDATA_END = "]]>";

    private XmlRepair() {
    }

    /**
     * The text with HTML entities as numeric references and bare ampersands escaped; the same text if there is
     * nothing to repair, or if the repair would more than double it.
     */
    static String repair(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher reference = REFERENCE.matcher(text);
        boolean changed = false;
        long limit = 2L * text.length() + 1024;
        int i = 0;
        while (i < text.length()) {
            if (out.length() > limit) {
                // Only a body of nothing but ampersands grows this much; don't spend memory on it.
                return text;
            }
            if (text.startsWith(CDATA_START, i)) {
                int end = text.indexOf(CDATA_END, i + CDATA_START.length());
                int stop = end < 0 ? text.length() : end + CDATA_END.length();
                out.append(text, i, stop);
                i = stop;
                continue;
            }
            char c = text.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            if (!reference.region(i, text.length()).lookingAt()) {
                out.append("&amp;");
                changed = true;
                i++;
                continue;
            }
            String name = reference.group(1);
            if (name != null && !XML_ENTITIES.contains(name) && Entities.isNamedEntity(name)) {
                Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                changed = true;
            } else {
                // A numeric reference, one of XML's five, or a name nobody knows (left for the parser to report).
                out.append(reference.group());
            }
            i = reference.end();
        }
        return changed ? out.toString() : text;
    }
}
