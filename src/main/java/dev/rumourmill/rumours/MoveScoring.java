package dev.rumourmill.rumours;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Scores a headline move against the gold one: the main player, his destination (or none where the
 * article names none; any of equally-named suitors counts) and no wrong origin.
 */
public final class MoveScoring {

    private final KnowledgeBase knowledge;

    public MoveScoring(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public boolean isRight(JsonNode gold, Move predicted) {
        if (predicted == null || !samePlayer(gold.path("player").asText(), predicted.player().name())) {
            return false;
        }
        Set<String> destinations = new HashSet<>();
        if (gold.path("to_club").isTextual()) {
            destinations.add(clubKey(gold.path("to_club").asText()));
        }
        for (JsonNode any : gold.path("to_club_any")) {
            destinations.add(clubKey(any.asText()));
        }
        boolean destinationRight = destinations.isEmpty() ? predicted.toClub() == null
                : predicted.toClub() != null && destinations.contains(clubKey(predicted.toClub().name()));
        boolean originRight = predicted.fromClub() == null || (gold.path("from_club").isTextual()
                && clubKey(gold.path("from_club").asText()).equals(clubKey(predicted.fromClub().name())));
        return destinationRight && originRight;
    }

    private boolean samePlayer(String gold, String predicted) {
        String a = knowledge.idOf(EntityKind.PLAYER, gold).orElse(null);
        String b = knowledge.idOf(EntityKind.PLAYER, predicted).orElse(null);
        if (a != null && a.equals(b)) {
            return true;
        }
        return GoldNames.samePerson(FoldedText.fold(gold), FoldedText.fold(predicted));
    }

    private String clubKey(String name) {
        return knowledge.idOf(EntityKind.CLUB, name).orElseGet(() -> normalise(name));
    }

    /** Accent- and case-insensitive, a leading "the" ignored. */
    public static String normalise(String name) {
        String folded = FoldedText.fold(name);
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    public static String describe(Move move) {
        if (move == null) {
            return "none";
        }
        return move.player().name() + " " + name(move.fromClub()) + " -> " + name(move.toClub()) + " "
                + move.kind().wire();
    }

    public static String describe(JsonNode gold) {
        return gold.path("player").asText() + " " + gold.path("from_club").asText("?") + " -> "
                + gold.path("to_club").asText("?") + " " + gold.path("kind").asText();
    }

    private static String name(Club club) {
        return club == null ? "?" : club.name();
    }
}
