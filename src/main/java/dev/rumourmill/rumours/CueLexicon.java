package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds all cue phrases of a language's {@code cues.txt} in one pass (one line a cue: {@code CUE | phrase;
 * phrase}). Immutable, thread-safe.
 */
final class CueLexicon {

    private final PhraseIndex<Cue> index;

    private CueLexicon(PhraseIndex<Cue> index) {
        this.index = index;
    }

    static CueLexicon builtIn() {
        return of(Lexicon.english());
    }

    static CueLexicon of(Lexicon lexicon) {
        Map<String, List<Cue>> phrases = new LinkedHashMap<>();
        for (String line : lexicon.lines("cues")) {
            String[] parts = line.split("\\|", 2);
            if (parts.length != 2) {
                throw new IllegalStateException(lexicon.path("cues") + ": expected 'CUE | phrases', not: " + line);
            }
            Cue cue = Cue.valueOf(parts[0].strip());
            for (String phrase : parts[1].split(";")) {
                if (!phrase.isBlank()) {
                    List<Cue> cues = phrases.computeIfAbsent(PhraseIndex.key(FoldedText.fold(phrase)), k -> new ArrayList<>(2));
                    if (!cues.contains(cue)) {
                        cues.add(cue);
                    }
                }
            }
        }
        // Overlaps are kept: "fee agreed" is both a rumour cue and the "agreed" stage, and "agreed" alone too.
        PhraseIndex<Cue> index = new PhraseIndex<>();
        phrases.forEach((phrase, cues) -> cues.forEach(cue -> index.add(phrase, cue)));
        return new CueLexicon(index);
    }

    List<CueHit> find(FoldedText text) {
        return find(text, FoldedWords.of(text.folded()));
    }

    List<CueHit> find(FoldedText text, FoldedWords words) {
        List<CueHit> hits = new ArrayList<>();
        for (PhraseIndex.Match<Cue> match : index.all(words)) {
            int start = text.originalOffset(match.start());
            int end = text.originalEnd(match.end());
            for (Cue cue : match.payload()) {
                hits.add(new CueHit(cue, null, start, end));
            }
        }
        return hits;
    }
}
