package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds every alias of the knowledge base in a text in one pass (Aho-Corasick over accent-folded,
 * lower-cased text; whole words only; the longest of overlapping names wins, so "Real Madrid" beats
 * "Madrid" and "Ibrahima Konaté" beats "Konaté"). Immutable and thread-safe once built.
 */
final class Gazetteer {

    private final PayloadTrie<List<Alias>> trie;
    private final Map<EntityKind, Map<String, Integer>> aliasCounts;

    Gazetteer(KnowledgeBase knowledge) {
        Map<String, List<Alias>> byText = new HashMap<>();
        for (Alias alias : knowledge.aliases()) {
            if (alias.folded().length() < 2) {
                continue;
            }
            List<Alias> targets = byText.computeIfAbsent(alias.folded(), k -> new ArrayList<>(1));
            if (targets.stream().noneMatch(t -> t.kind() == alias.kind() && t.id().equals(alias.id()))) {
                targets.add(alias);
            }
        }
        var builder = PayloadTrie.<List<Alias>>builder().ignoreOverlaps().onlyWholeWords();
        byText.forEach((text, targets) -> builder.addKeyword(text, List.copyOf(targets)));
        this.trie = builder.build();
        this.aliasCounts = Map.of();
    }

    /** Every candidate mention; ambiguous ones carry one {@link Mention} per possible entity. */
    List<Mention> find(FoldedText text) {
        List<Mention> mentions = new ArrayList<>();
        String original = text.original();
        for (PayloadEmit<List<Alias>> emit : trie.parseText(text.folded())) {
            int start = text.originalOffset(emit.getStart());
            int end = text.originalEnd(emit.getEnd() + 1);
            String surface = original.substring(start, end);
            String head = Alias.withoutArticle(surface);
            boolean capitalised = head.isEmpty() || Character.isUpperCase(head.charAt(0)) || !Character.isLetter(head.charAt(0));
            for (Alias alias : emit.getPayload()) {
                if (alias.needsCapital() && !capitalised) {
                    continue;
                }
                mentions.add(new Mention(alias.kind(), alias.id(), start, end, alias.strength(), surface));
            }
        }
        return mentions;
    }
}
