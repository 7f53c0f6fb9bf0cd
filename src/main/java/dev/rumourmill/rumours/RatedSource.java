package dev.rumourmill.rumours;

/**
 * A source cited by an article, with the tier that applies (a server's override, else the default).
 *
 * @param tier official, 1 .. 4, aggregator, or null when the source is unknown to us (unrated)
 */
public record RatedSource(String id, String name, SourceKind kind, String tier) {
}
