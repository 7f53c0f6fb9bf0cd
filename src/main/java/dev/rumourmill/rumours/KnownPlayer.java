package dev.rumourmill.rumours;

import java.util.List;
import java.util.Objects;

/**
 * A player the gazetteer should recognise, handed in by the caller (contracts data, a players file).
 *
 * @param id          the caller's key (e.g. the transfermarkt player id)
 * @param fullName    the name shown to users, e.g. "Ibrahima Konaté"
 * @param knownAs     other names used in the press, e.g. "Ibou"; may be empty
 * @param currentClub the club's name as the caller knows it, or null; helps decide surname-only mentions
 */
public record KnownPlayer(String id, String fullName, List<String> knownAs, String currentClub) {

    public KnownPlayer {
        Objects.requireNonNull(id, "id");
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("a player needs a name (id " + id + ")");
        }
        fullName = fullName.strip();
        knownAs = knownAs == null ? List.of() : List.copyOf(knownAs);
    }
}
