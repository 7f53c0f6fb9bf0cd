package dev.rumourmill.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an admin set for a player's contract; it wins over every other source and always says who set it.
 *
 * @param club  null to keep the club of the other sources
 * @param setBy a Discord user ("@name (id)") or "bot-config.yml"
 */
record ContractOverride(String playerId, Club club, LocalDate expires, String option, String note, String setBy,
        Instant setAt) {

    public ContractOverride {
        if (playerId == null || playerId.isBlank() || expires == null || setBy == null || setBy.isBlank()
                || setAt == null) {
            throw new IllegalArgumentException("an override needs a player, an expiry date, who set it and when");
        }
        option = option == null || option.isBlank() ? null : option.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
