package dev.rumourmill.alerts;

import dev.rumourmill.contracts.ContractDirectory;
import dev.rumourmill.contracts.Match;
import dev.rumourmill.contracts.PlayerListing;
import java.util.Optional;

/**
 * Player names for /alerts from the contracts data: a unique match gives the full name; anything else is
 * kept as typed, because rumours also name players the data does not know yet.
 */
class ContractsPlayerNames implements PlayerNames {

    private final ContractDirectory directory;

    ContractsPlayerNames(ContractDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<String> canonical(String typed) {
        Match<PlayerListing> match = directory.findPlayer(typed);
        return Optional.of(match.isFound() ? match.found().name() : typed.strip());
    }
}
