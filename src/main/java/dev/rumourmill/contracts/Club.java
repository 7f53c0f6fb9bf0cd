package dev.rumourmill.contracts;

/** A club as the contract data names it; {@code id} is the source's id (e.g. transfermarkt's). */
public record Club(String id, String name) {

    public Club {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a club needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("club " + id + " needs a name");
        }
    }
}
