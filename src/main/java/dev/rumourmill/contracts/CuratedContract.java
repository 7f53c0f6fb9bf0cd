package dev.rumourmill.contracts;

/** One player with his club and contract as a curated source (an import or the sample data) states them. */
public record CuratedContract(Player player, Contract contract) {

    public CuratedContract {
        if (player == null || contract == null || contract.kind() != ContractSource.CURATED) {
            throw new IllegalArgumentException("a curated contract needs a player and a CURATED contract");
        }
    }
}
