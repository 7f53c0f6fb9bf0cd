package dev.rumourmill.rumours;

/**
 * One way an entity is written in the press.
 *
 * @param folded       the alias folded for matching (lower-case ASCII)
 * @param strength     how much the alias alone can be trusted
 * @param needsCapital the alias is a proper noun: a match written in lower case ("nice", "sport") is a word,
 *                     not the entity
 */
record Alias(String folded, EntityKind kind, String id, Strength strength, boolean needsCapital) {

    enum Strength {
        /** Names the entity on its own: "Real Madrid", "Anfield", "Ibrahima Konaté". */
        STRONG,
        /** Ambiguous ("the Reds", "United", "Romano"): counts only when the entity is also named strongly. */
        WEAK,
        /** A player's surname or one-word nickname: counts only with support from the rest of the article. */
        SURNAME
    }

    static Alias of(String written, EntityKind kind, String id, Strength strength) {
        String text = written.strip();
        String head = withoutArticle(text);
        boolean capital = !head.isEmpty() && Character.isUpperCase(head.charAt(0));
        return new Alias(FoldedText.fold(text), kind, id, strength, capital);
    }

    /** "The Daily Telegraph" is written "the Daily Telegraph" mid-sentence: the article says nothing. */
    static String withoutArticle(String text) {
        return text.regionMatches(true, 0, "the ", 0, 4) ? text.substring(4) : text;
    }
}
