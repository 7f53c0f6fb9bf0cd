package dev.rumourmill.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * A player as fans look him up.
 *
 * @param knownAs other names people type: nicknames ("Ibou"), short names ("Trent")
 * @param dateOfBirth null when the source does not know it
 */
public record Player(String id, String name, List<String> knownAs, LocalDate dateOfBirth, String nationality,
        String position) {

    public Player {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a player needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("player " + id + " needs a name");
        }
        knownAs = knownAs == null ? List.of() : knownAs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
