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
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/** Finds all cue phrases of {@code rumours/cues.txt} in one pass. Immutable, thread-safe. */
final class CueLexicon {

    private final PayloadTrie<List<Cue>> trie;

    private CueLexicon(PayloadTrie<List<Cue>> trie) {
        this.trie = trie;
    }

    static CueLexicon builtIn() {
        Map<String, List<Cue>> phrases = new LinkedHashMap<>();
        try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream("rumours/cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("rumours/cues.txt is missing from the jar");
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
                        List<Cue> cues = phrases.computeIfAbsent(FoldedText.fold(phrase), k -> new ArrayList<>(2));
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
        var builder = PayloadTrie.<List<Cue>>builder().onlyWholeWords();
        phrases.forEach((phrase, cues) -> builder.addKeyword(phrase, List.copyOf(cues)));
        return new CueLexicon(builder.build());
    }

    List<CueHit> find(FoldedText text) {
        List<CueHit> hits = new ArrayList<>();
        for (PayloadEmit<List<Cue>> emit : trie.parseText(text.folded())) {
            int start = text.originalOffset(emit.getStart());
            int end = text.originalEnd(emit.getEnd() + 1);
            for (Cue cue : emit.getPayload()) {
                hits.add(new CueHit(cue, emit.getKeyword(), start, end));
            }
        }
        return hits;
    }
}
