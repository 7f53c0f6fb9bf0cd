package dev.rumourmill.contracts;

import java.util.Optional;

/** A live source of contract data, asked only when no higher source knows a player's expiry. */
public interface LiveContractProvider {

    LiveContractProvider NONE = player -> Optional.empty();

    /** The contract the provider knows for this player, or empty; never throws (failures mean "no data"). */
    Optional<Contract> contractFor(Player player);
}
