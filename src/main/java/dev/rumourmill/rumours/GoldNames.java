package dev.rumourmill.rumours;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the gold labels' names among what the engine read, for training and scoring. */
final class GoldNames {

    private GoldNames() {
    }

    /** The id of the player mention that is the gold player: same folded name, or same surname and initial. */
    static Optional<String> playerIn(List<Mention> mentions, KnowledgeBase knowledge, String goldName) {
        String gold = FoldedText.fold(goldName);
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PLAYER) {
                String name = knowledge.player(m.id()).map(KnownPlayer::fullName).orElse(m.surface());
                if (samePerson(FoldedText.fold(name), gold)) {
                    return Optional.of(m.id());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether two folded names are one person: equal, or one is the other's surname or full form. */
    public static boolean samePerson(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        String lastX = x[x.length - 1];
        String lastY = y[y.length - 1];
        if (!lastX.equals(lastY)) {
            return false;
        }
        // "Konate" and "Ibrahima Konate" are one; "Bruno Fernandes" and "Bruno Larloneri" are not.
        return x.length == 1 || y.length == 1 || x[0].charAt(0) == y[0].charAt(0);
    }

    /** The club ids of a gold club name and its equally-named alternatives. */
    static Set<String> clubIds(KnowledgeBase knowledge, JsonNode name, JsonNode alternatives) {
        Set<String> ids = new LinkedHashSet<>();
        if (name != null && name.isTextual()) {
            knowledge.idOf(EntityKind.CLUB, name.asText()).ifPresent(ids::add);
        }
        if (alternatives != null) {
            for (JsonNode alternative : alternatives) {
                knowledge.idOf(EntityKind.CLUB, alternative.asText()).ifPresent(ids::add);
            }
        }
        return ids;
    }
}
