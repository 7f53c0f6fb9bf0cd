package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why the engine said what it said about one article, for admins ({@code analyse --explain}): the label
 * with the cues that weighed for it, each club's role for each player with the sentence that decided it,
 * and whose fee the fee is.
 *
 * @param labelCues the cue phrases of the headline and lede, as written, with their kind
 * @param moves     one line per move, then one per club verdict
 */
public record Explanation(String label, String evidence, List<String> labelCues, List<String> moves) {

    private static final int LEDE_SENTENCES = 4;
    private static final int SENTENCE_SHOWN = 160;

    static Explanation of(ArticleText text, TransferClassifier.Classification classification,
            List<MoveExtractor.Found> found) {
        Set<String> cues = new LinkedHashSet<>();
        for (int i = 0; i < text.cues().size(); i++) {
            CueHit hit = text.cues().get(i);
            int sentence = text.sentenceOfCue(i);
            if (sentence >= 0 && sentence < LEDE_SENTENCES && weighsOnLabel(hit.cue())) {
                cues.add(hit.cue().name().toLowerCase(Locale.ROOT) + " \"" + text.text().substring(hit.start(), hit.end())
                        + "\"");
            }
        }
        List<String> moves = new ArrayList<>();
        for (MoveExtractor.Found f : found) {
            Move m = f.move();
            moves.add(String.format(Locale.ROOT, "%s: %s -> %s (%s %s, stage %s, fee %s)", m.player().name(),
                    name(m.fromClub()), name(m.toClub()), m.kind().wire(), odds(f.kindOdds()),
                    m.stage() == null ? "none" : m.stage().wire(), m.fee() == null ? "none" : m.fee()));
            for (MoveExtractor.ClubVerdict v : f.verdicts()) {
                moves.add(String.format(Locale.ROOT, "  %s: %s (destination %.2f, current %.2f) — %s", v.club().name(),
                        v.role().outcome(), v.destination(), v.current(), sentence(text, v.decidingSentence())));
            }
        }
        return new Explanation(classification.label().wire(), classification.features().toString(),
                List.copyOf(cues), moves);
    }

    private static boolean weighsOnLabel(Cue cue) {
        return switch (cue) {
            case RUMOUR, CONFIRMED, DENIAL, MATCH, FEATURE, HEDGE, STAFF -> true;
            default -> false;
        };
    }

    /** The kind model's odds, likeliest first: "[renewal 0.62, transfer 0.30, ...]". */
    private static String odds(Map<String, Double> kindOdds) {
        return kindOdds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String name(Club club) {
        return club == null ? "?" : club.name();
    }

    private static String sentence(ArticleText text, int index) {
        if (index < 0) {
            return "(no sentence)";
        }
        String s = text.sentence(index).strip().replace('\n', ' ');
        return "\"" + (s.length() > SENTENCE_SHOWN ? s.substring(0, SENTENCE_SHOWN) + "…" : s) + "\"";
    }
}
