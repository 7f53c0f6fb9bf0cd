package dev.rumourmill.rumours;

/**
 * A journalist or outlet of the knowledge base, or one found in an article by its attribution
 * ("according to X") and unknown to us (then its tier is null: unrated).
 *
 * @param defaultTier official, 1 (most reliable) to 4, aggregator; null when unrated
 */
public record Source(String id, String name, SourceKind kind, String defaultTier) {
}
