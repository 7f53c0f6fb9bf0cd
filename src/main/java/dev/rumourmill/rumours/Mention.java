package dev.rumourmill.rumours;

/**
 * A name found in an article.
 *
 * @param start offset in the original text (inclusive)
 * @param end   offset in the original text (exclusive)
 */
record Mention(EntityKind kind, String id, int start, int end, Alias.Strength strength, String surface) {
}
