package dev.rumourmill.contracts;

import java.time.LocalDate;

/**
 * One row of a transfermarkt-datasets {@code players.csv}, typed. Optional columns are null when empty;
 * about 40% of real rows have no contract date, which means "unknown", never a guess.
 *
 * @param line the line number in the file (1 = header), for messages
 */
public record TransfermarktPlayerRow(
        long line,
        String playerId,
        String name,
        String firstName,
        String lastName,
        String currentClubId,
        String currentClubName,
        LocalDate dateOfBirth,
        String citizenship,
        String position,
        String subPosition,
        LocalDate contractExpiration,
        Integer lastSeason) {

    public TransfermarktPlayerRow {
        if (playerId == null || playerId.isBlank()) {
            throw new IllegalArgumentException("player_id is empty");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is empty");
        }
    }
}
