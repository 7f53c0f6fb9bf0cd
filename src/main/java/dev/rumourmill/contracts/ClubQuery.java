package dev.rumourmill.contracts;

/** {@code /squad-contracts club:<name>}: a club's name or id as typed. */
public record ClubQuery(String club) {

    public ClubQuery {
        if (club == null || club.isBlank()) {
            throw new IllegalArgumentException("Type a club's name, e.g. Liverpool.");
        }
        club = club.strip();
        if (club.length() > ContractQuery.MAX_LENGTH) {
            throw new IllegalArgumentException("A club's name is at most " + ContractQuery.MAX_LENGTH + " characters.");
        }
    }
}
