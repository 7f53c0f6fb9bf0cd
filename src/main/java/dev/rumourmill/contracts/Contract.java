package dev.rumourmill.contracts;

import java.time.LocalDate;

/**
 * A player's current contract according to one source.
 *
 * @param club    null when the source does not name one
 * @param joined  null when unknown
 * @param expires null when unknown: the answer then says "unknown", never a guess
 * @param option  an option to extend, in words ("club option +1 year"), or null
 * @param source  the source in words for users, e.g. "transfermarkt-datasets players.csv"
 * @param asOf    the day the source's data describes
 */
public record Contract(Club club, LocalDate joined, LocalDate expires, String option, ContractSource kind,
        String source, LocalDate asOf) {

    public Contract {
        if (kind == null || source == null || source.isBlank() || asOf == null) {
            throw new IllegalArgumentException("a contract needs its kind, source and as-of date");
        }
        option = option == null || option.isBlank() ? null : option.strip();
    }
}
