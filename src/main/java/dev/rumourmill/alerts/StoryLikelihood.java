package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;

/**
 * How likely a story is to happen, for the confidence meter and {@code min-confidence}: from how far the
 * move has got, how reliable its best source is, and how many independent reports it has — not from how
 * sure the engine is that the article is a rumour.
 */
final class StoryLikelihood {

    static final double PER_EXTRA_REPORT = 0.05;
    static final double CEILING = 0.95;

    private StoryLikelihood() {
    }

    static double of(AlertKind kind, String stage, int bestSourceRank, int reports, double labelConfidence) {
        if (kind == AlertKind.CONFIRMED) {
            return 1.0;
        }
        if (kind == AlertKind.DENIAL) {
            return 0.05;
        }
        double base = switch (stage == null ? "" : stage) {
            case "talks" -> 0.35;
            case "bid" -> 0.45;
            case "agreed" -> 0.7;
            case "medical" -> 0.85;
            case "official" -> 0.95;
            case "denied" -> 0.05;
            default -> 0.25;
        };
        double source = switch (bestSourceRank) {
            case 0 -> 0.25;
            case 1 -> 0.15;
            case 2 -> 0.1;
            case 3 -> 0.0;
            default -> -0.1;
        };
        double likelihood = base + source + PER_EXTRA_REPORT * Math.max(0, reports - 1);
        // An article the engine is unsure about counts for less.
        likelihood *= Math.min(1.0, 0.5 + labelConfidence / 2);
        return Math.max(0.01, Math.min(CEILING, likelihood));
    }
}
