package dev.rumourmill.rumours;

/**
 * A club of the knowledge base.
 *
 * @param id      a stable key derived from the canonical name (e.g. {@code real-madrid})
 * @param name    the canonical English name shown to users (e.g. "Real Madrid")
 * @param country a three-letter country code, for the reader only
 */
public record Club(String id, String name, String country) {
}
