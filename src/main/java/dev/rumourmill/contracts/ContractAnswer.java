package dev.rumourmill.contracts;

/** What {@code /contract} answers: the player's contract, or that no single player was found. */
public sealed interface ContractAnswer permits ContractReply, NotFound {
}
