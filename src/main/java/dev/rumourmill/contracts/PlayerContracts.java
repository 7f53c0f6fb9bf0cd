package dev.rumourmill.contracts;

import java.util.List;

/** Everything stored about one player's contract, one entry per source; {@link ContractPrecedence} picks. */
record PlayerContracts(Player player, Contract curated, ContractOverride override,
        List<ReportedContract> reported) {

    public PlayerContracts {
        reported = reported == null ? List.of() : List.copyOf(reported);
    }
}
