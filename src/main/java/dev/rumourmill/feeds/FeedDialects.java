package dev.rumourmill.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Rewrites dialects of RSS and Atom that feed readers accept but Rome 2.1.0 does not into the form Rome
 * maps, before Rome sees the document: RSS 2.0 put in a default namespace, Atom in a namespace other than
 * the two official ones, and Atom 0.3 base64 content (Rome's own decoder fails on indented base64).
 */
final class FeedDialects {

    private FeedDialects() {
    }

    static void normalise(Element root, List<String> warnings) {
        switch (root.getName()) {
            case "rss" -> unprefixRss(root);
            case "feed" -> {
                canonicalAtomNamespace(root, warnings);
                decodeBase64Content(root, warnings);
            }
            default -> {
                // RSS 1.0 and everything else go to Rome as they are.
            }
        }
    }

    /**
     * RSS 2.0 has no namespace, yet some feeds declare one as the default (the old UserLand
     * {@code http://backend.userland.com/rss2}, or by mistake a module's namespace such as Atom's). Rome then
     * finds no {@code <channel>}. Unprefixed elements in the root's namespace are plain RSS; prefixed ones
     * ({@code atom:link} when the default clashes with the Atom namespace) stay module elements.
     */
    private static void unprefixRss(Element root) {
        String uri = root.getNamespaceURI();
        if (uri.isEmpty()) {
            return;
        }
        for (Element element : elementsIn(root, uri)) {
            if (element.getNamespacePrefix().isEmpty()) {
                moveTo(element, Namespace.NO_NAMESPACE);
            }
        }
    }

    /**
     * Atom drafts and sloppy publishers used other namespaces ({@code http://purl.org/atom/ns} without the
     * {@code #}, the draft "echo" names, a trailing slash, none at all); Rome calls them an invalid document.
     * They are read as Atom 1.0 when the namespace is a variant of the 1.0 one or the feed uses 1.0 elements,
     * else as Atom 0.3.
     */
    private static void canonicalAtomNamespace(Element root, List<String> warnings) {
        String uri = root.getNamespaceURI();
        if (uri.equals(FeedNamespaces.ATOM.getURI()) || uri.equals(FeedNamespaces.ATOM_03.getURI())) {
            return;
        }
        Namespace canonical = looksLikeAtom10(root) ? FeedNamespaces.ATOM : FeedNamespaces.ATOM_03;
        for (Element element : elementsIn(root, uri)) {
            moveTo(element, Namespace.getNamespace(element.getNamespacePrefix(), canonical.getURI()));
        }
        warnings.add("The feed uses the non-standard Atom namespace '" + (uri.isEmpty() ? "(none)" : uri)
                + "'; it was read as Atom " + (canonical == FeedNamespaces.ATOM ? "1.0" : "0.3") + ".");
    }

    private static boolean looksLikeAtom10(Element root) {
        String uri = root.getNamespaceURI().toLowerCase(Locale.ROOT);
        if (uri.startsWith("http://www.w3.org/2005/atom") || uri.startsWith("https://www.w3.org/2005/atom")) {
            return true;
        }
        if (uri.contains("purl.org/atom") || root.getAttributeValue("version", "").strip().startsWith("0.")) {
            return false;
        }
        Namespace namespace = root.getNamespace();
        return root.getChild("updated", namespace) != null || root.getChildren("entry", namespace).stream()
                .anyMatch(entry -> entry.getChild("updated", namespace) != null || entry.getChild("published", namespace) != null);
    }

    /** Atom 0.3 {@code mode="base64"}, decoded here to text and handed to Rome as escaped content. */
    private static void decodeBase64Content(Element root, List<String> warnings) {
        if (!root.getNamespaceURI().equals(FeedNamespaces.ATOM_03.getURI())) {
            return;
        }
        for (Element element : elementsIn(root, FeedNamespaces.ATOM_03.getURI())) {
            if (!"base64".equalsIgnoreCase(element.getAttributeValue("mode", "").strip())) {
                continue;
            }
            try {
                // The MIME decoder skips line breaks and indentation, which Rome's decoder trips over.
                byte[] decoded = Base64.getMimeDecoder().decode(element.getText());
                element.setText(text(decoded));
            } catch (IllegalArgumentException e) {
                element.setText("");
                warnings.add("An Atom <" + element.getName() + "> in base64 could not be decoded; it was left empty.");
            }
            element.setAttribute("mode", "escaped");
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual other choice of the era). */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Puts the element in the namespace, dropping the declaration of its prefix it carried for the old one. */
    private static void moveTo(Element element, Namespace namespace) {
        for (Namespace declared : List.copyOf(element.getAdditionalNamespaces())) {
            if (declared.getPrefix().equals(namespace.getPrefix())) {
                element.removeNamespaceDeclaration(declared);
            }
        }
        element.setNamespace(namespace);
    }

    /** The element and its descendants in the namespace, collected first so they can be changed. */
    private static List<Element> elementsIn(Element root, String namespaceUri) {
        List<Element> found = new ArrayList<>();
        if (root.getNamespaceURI().equals(namespaceUri)) {
            found.add(root);
        }
        for (Element element : root.getDescendants(Filters.element())) {
            if (element.getNamespaceURI().equals(namespaceUri)) {
                found.add(element);
            }
        }
        return found;
    }
}
