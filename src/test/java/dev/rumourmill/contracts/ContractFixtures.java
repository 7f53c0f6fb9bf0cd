package dev.rumourmill.contracts;

import java.time.LocalDate;
import java.util.List;

/** Players and contracts written for the tests. */
final class ContractFixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final Club NORTHPORT = new Club("31", "Northport Athletic");
    static final Club RIVERSIDE = new Club("32", "Riverside Rovers");

    private ContractFixtures() {
    }

    static CuratedContract curated(String id, String name, Club club, LocalDate expires) {
        return curated(id, name, List.of(), LocalDate.of(1999, 5, 25), club, expires);
    }

    static CuratedContract curated(String id, String name, List<String> knownAs, LocalDate born, Club club,
            LocalDate expires) {
        return new CuratedContract(new Player(id, name, knownAs, born, "Ireland", "Defender"),
                new Contract(club, null, expires, null, ContractSource.CURATED, "test data", AS_OF));
    }
}
