package dev.rumourmill.rumours;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds all cue phrases of {@code rumours/cues.txt} in one pass. Immutable, thread-safe. */
final class CueLexicon {

    private final PhraseIndex<Cue> index;

    private CueLexicon(PhraseIndex<Cue> index) {
        this.index = index;
    }

    static CueLexicon builtIn() {
        Map<String, List<Cue>> phrases = new LinkedHashMap<>();
        try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream("rumours/en/cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("rumours/en/cues.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 2);
                Cue cue = Cue.valueOf(parts[0].strip());
                for (String phrase : parts[1].split(";")) {
                    if (!phrase.isBlank()) {
                        List<Cue> cues = phrases.computeIfAbsent(PhraseIndex.key(FoldedText.fold(phrase)),
                                k -> new ArrayList<>(2));
                        if (!cues.contains(cue)) {
                            cues.add(cue);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Overlaps are kept: "fee agreed" is both a rumour cue and the "agreed" stage, and "agreed" alone too.
        PhraseIndex<Cue> index = new PhraseIndex<>();
        phrases.forEach((phrase, cues) -> cues.forEach(cue -> index.add(phrase, cue)));
        return new CueLexicon(index);
    }

    List<CueHit> find(FoldedText text) {
        return find(text, PhraseIndex.Words.of(text.folded()));
    }

    List<CueHit> find(FoldedText text, PhraseIndex.Words words) {
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
