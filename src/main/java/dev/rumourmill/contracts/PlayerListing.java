package dev.rumourmill.contracts;

import java.util.List;

/** The little the lookup index needs about a player. */
public record PlayerListing(String id, String name, List<String> knownAs, String clubName) {

    public PlayerListing {
        knownAs = knownAs == null ? List.of() : knownAs;
    }
}
