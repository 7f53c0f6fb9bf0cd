package dev.rumourmill.contracts;

/** {@code /contract player:<name>}: a name, nickname or player id as typed. */
public record ContractQuery(String player) {

    public static final int MAX_LENGTH = 100;

    public ContractQuery {
        if (player == null || player.isBlank()) {
            throw new IllegalArgumentException("Type a player's name, e.g. konate.");
        }
        player = player.strip();
        if (player.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A player's name is at most " + MAX_LENGTH + " characters.");
        }
    }
}
