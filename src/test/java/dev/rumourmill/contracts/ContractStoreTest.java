package dev.rumourmill.contracts;

import static dev.rumourmill.contracts.ContractFixtures.AS_OF;
import static dev.rumourmill.contracts.ContractFixtures.NORTHPORT;
import static dev.rumourmill.contracts.ContractFixtures.RIVERSIDE;
import static dev.rumourmill.contracts.ContractFixtures.curated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.TestDatabase;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContractStoreTest {

    private static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a curated batch is inserted, then a re-run counts updated and unchanged players")
    void upsertIsIdempotent(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN two players stored once
            ContractStore store = new ContractStore(db.dataSource());
            assertThat(store.upsertCurated(List.of(curated("1", "Tomas Brennan", NORTHPORT, JUNE_2026),
                    curated("2", "Niall Corr", NORTHPORT, null)))).isEqualTo(new ContractStore.UpsertCounts(2, 0, 0));

            // WHEN the same data comes again with one player moved to another club
            var counts = store.upsertCurated(List.of(curated("1", "Tomas Brennan", NORTHPORT, JUNE_2026),
                    curated("2", "Niall Corr", RIVERSIDE, LocalDate.of(2028, 6, 30))));

            // THEN one is unchanged, one updated, and nothing is duplicated
            assertThat(counts).isEqualTo(new ContractStore.UpsertCounts(0, 1, 1));
            assertThat(store.playerCount()).isEqualTo(2);
            Contract moved = store.load("2").orElseThrow().curated();
            assertThat(moved.club()).isEqualTo(RIVERSIDE);
            assertThat(moved.expires()).isEqualTo(LocalDate.of(2028, 6, 30));
            assertThat(store.playerIdsOfClub("32")).containsExactly("2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a player, his override and news reports are read back with every field")
    void everySourceRoundTrips(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a player with a nickname, an admin override and a news report
            ContractStore store = new ContractStore(db.dataSource());
            store.upsertCurated(List.of(curated("1", "Tomas Brennan", List.of("Tommy"), LocalDate.of(1999, 5, 25),
                    NORTHPORT, JUNE_2026)));
            Instant setAt = Instant.parse("2026-11-20T10:15:30Z");
            store.saveOverride(new ContractOverride("1", RIVERSIDE, LocalDate.of(2029, 6, 30), "club option +1",
                    "signed a new deal", "@admin (42)", setAt));
            store.saveReported(new ReportedContract("1", 2027, URI.create("https://news.example/a"), "Example Post",
                    LocalDate.of(2026, 11, 2)));

            // WHEN it is loaded
            PlayerContracts loaded = store.load("1").orElseThrow();

            // THEN each source is kept on its own
            assertThat(loaded.player().knownAs()).containsExactly("Tommy");
            assertThat(loaded.player().dateOfBirth()).isEqualTo(LocalDate.of(1999, 5, 25));
            assertThat(loaded.curated().expires()).isEqualTo(JUNE_2026);
            assertThat(loaded.curated().asOf()).isEqualTo(AS_OF);
            assertThat(loaded.override()).isEqualTo(new ContractOverride("1", RIVERSIDE, LocalDate.of(2029, 6, 30),
                    "club option +1", "signed a new deal", "@admin (42)", setAt));
            assertThat(loaded.reported()).singleElement().extracting(ReportedContract::outlet).isEqualTo("Example Post");
            assertThat(store.listings()).singleElement().extracting(PlayerListing::clubName).isEqualTo("Riverside Rovers");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("an import keeps nicknames it does not know and clearing an override says whether there was one")
    void importKeepsNicknames(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            ContractStore store = new ContractStore(db.dataSource());
            store.upsertCurated(List.of(curated("1", "Tomas Brennan", List.of("Tommy"), null, NORTHPORT, JUNE_2026)));

            store.upsertCurated(List.of(curated("1", "Tomas Brennan", List.of(), null, NORTHPORT, LocalDate.of(2027, 6, 30))));

            assertThat(store.load("1").orElseThrow().player().knownAs()).containsExactly("Tommy");
            assertThat(store.clearOverride("1")).isFalse();
            long before = store.dataVersion();
            store.bumpDataVersion();
            assertThat(store.dataVersion()).isEqualTo(before + 1);
        }
    }
}
