package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every alias of the knowledge base in a text in one pass over accent-folded, lower-cased text
 * (a {@link PhraseIndex}: whole words only; the longest of overlapping names wins, so "Real Madrid" beats
 * "Madrid" and "Ibrahima Konaté" beats "Konaté"). Immutable and thread-safe once built.
 */
final class Gazetteer {

    private final PhraseIndex<Alias> index = new PhraseIndex<>();

    Gazetteer(KnowledgeBase knowledge) {
        Map<String, List<Alias>> byText = new HashMap<>();
        for (Alias alias : knowledge.aliases()) {
            if (alias.folded().length() < 2) {
                continue;
            }
            List<Alias> targets = byText.computeIfAbsent(PhraseIndex.key(alias.folded()), k -> new ArrayList<>(1));
            if (targets.stream().noneMatch(t -> t.kind() == alias.kind() && t.id().equals(alias.id()))) {
                targets.add(alias);
            }
        }
        byText.forEach((text, targets) -> targets.forEach(target -> index.add(text, target)));
    }

    /**
     * Every candidate mention; ambiguous ones carry one {@link Mention} per possible entity. In text order:
     * the matches do not overlap, and the alternatives for one span come together ({@link MentionResolver}
     * relies on both).
     */
    List<Mention> find(FoldedText text) {
        return find(text, FoldedWords.of(text.folded()));
    }

    /** As {@link #find(FoldedText)}, over words already cut from {@code text}. */
    List<Mention> find(FoldedText text, FoldedWords words) {
        List<Mention> mentions = new ArrayList<>();
        String original = text.original();
        for (PhraseIndex.Match<Alias> match : index.longest(words)) {
            int start = text.originalOffset(match.start());
            int end = text.originalEnd(match.end());
            String surface = original.substring(start, end);
            String head = Alias.withoutArticle(surface);
            boolean capitalised = head.isEmpty() || Character.isUpperCase(head.charAt(0)) || !Character.isLetter(head.charAt(0));
            for (Alias alias : match.payload()) {
                if (alias.needsCapital() && !capitalised) {
                    continue;
                }
                mentions.add(new Mention(alias.kind(), alias.id(), start, end, alias.strength(), surface));
            }
        }
        return mentions;
    }
}
