package dev.rumourmill.rumours;

/**
 * A player named in an article.
 *
 * @param id   the caller's player id, or {@code new:<folded name>} for a name discovered in the text
 * @param name the canonical name, or the name as written for a discovered one
 */
public record Player(String id, String name, boolean known) {
}
