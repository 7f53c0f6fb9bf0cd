package dev.rumourmill.feeds;

import org.jdom2.Namespace;

/** The XML namespaces the parser reads beyond what Rome maps. */
final class FeedNamespaces {

    static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    static final Namespace RSS_1 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    static final Namespace RDF = Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
    static final Namespace DC_TERMS = Namespace.getNamespace("http://purl.org/dc/terms/");

    private FeedNamespaces() {
    }
}
