package dev.rumourmill.contracts;

import dev.rumourmill.bench.SyntheticPlayers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.TestDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CuratedLoadEquivalenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate SECOND_DAY = LocalDate.of(2026, 12, 1);

    private static String row(String id, String name, String clubId, String clubName, String born, String expiry) {
        return id + ",F,L," + name + ",2025," + clubId + ",code,Ireland,Cork,Ireland," + born
                + ",Centre-Back,Defender,right,190," + expiry + ",,,0,0,,,GB1," + clubName + ",1000000,2000000\n";
    }

    /** 1,200 generated players (every 100th row broken) after a few written to exercise each rule. */
    private static String firstFile() {
        StringWriter generated = new StringWriter();
        SyntheticPlayers.writeCsv(generated, 1_200, 7, 100);
        return generated.toString()
                + row("h1", "Tomas Brennan", "c1", "Northport Athletic", "1999-05-25", "2026-06-30 00:00:00")
                + row("h2", "\"O'Neill, \"\"Sonny\"\"\"", "c1", "Northport Athletic", "2001-01-02", "")
                + row("h3", "Niall Corr", "", "", "25/05/1999", "")
                + row("h4", "Eoin Dwyer", "", "", "", "")
                + row("h5", "Cian Walsh", "c2", "", "2000-03-04", "2027-06-30")
                + row("h1", "Tomas Brennan Again", "c1", "Northport Athletic", "1999-05-25", "");
    }

    /** The same players a week later: moves, a renamed club, a new contract, new players and new bad rows. */
    private static String secondFile() {
        StringWriter generated = new StringWriter();
        SyntheticPlayers.writeCsv(generated, 1_500, 7, 100);
        String[] lines = generated.toString().split("\n", -1);
        // A handful of the generated players get a new contract date.
        for (int i = 10; i < lines.length; i += 97) {
            lines[i] = lines[i].replace("Centre-Back,Defender,right,185,", "Centre-Back,Defender,right,185,2031-06-30,");
            lines[i] = lines[i].replaceFirst(",2031-06-30,[^,]*,", ",2031-06-30,");
        }
        return String.join("\n", lines)
                + row("h1", "Tomas Brennan", "c1", "Northport Athletic FC", "1999-05-25", "2026-06-30 00:00:00")
                + row("h2", "\"O'Neill, \"\"Sonny\"\"\"", "c2", "Riverside Rovers", "2001-01-02", "2029-06-30")
                + row("h4", "Eoin Dwyer", "", "", "", "")
                + row("h5", "Cian Walsh", "c2", "Riverside Rovers", "2000-03-04", "2027-06-30")
                + row("h6", "Darragh Lynch", "c3", "Eastvale Town", "not a date", "")
                + row("h7", "Sean Kelly", "c3", "Eastvale Town", "1998-07-08", "2028-06-30 00:00:00");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("an import through the database's own load leaves the same tables and summary as the batched load")
    void sameTablesEitherWay(TestDatabase.Kind kind) {
        try (TestDatabase batched = TestDatabase.create(kind); TestDatabase own = TestDatabase.create(kind)) {
            // GIVEN two empty databases, one player with a nickname in each (imports must keep it)
            for (TestDatabase db : List.of(batched, own)) {
                new ContractStore(db.dataSource()).upsertCurated(List.of(ContractFixtures.curated("h1",
                        "Tomas Brennan", List.of("Tommy"), null, ContractFixtures.NORTHPORT, null)));
            }

            // WHEN both import the same two files, one batch by batch and one through curatedLoad()
            List<ImportSummary> viaBatches = importBoth(batched, ContractStore::batchedLoad);
            List<ImportSummary> viaOwnLoad = importBoth(own, ContractStore::curatedLoad);

            // THEN the summaries (counts, skipped lines and reasons) and all three tables are the same
            for (int i = 0; i < 2; i++) {
                assertThat(withoutTime(viaOwnLoad.get(i))).isEqualTo(withoutTime(viaBatches.get(i)));
            }
            assertThat(viaOwnLoad.get(1).updated()).isPositive();
            assertThat(viaOwnLoad.get(1).unchanged()).isPositive();
            assertThat(viaOwnLoad.get(1).imported()).isPositive();
            assertThat(viaOwnLoad.get(1).skipped()).extracting(ImportSummary.SkippedRow::line).contains(1_500L + 6);
            for (String table : List.of("contract_club", "contract_player", "contract_current")) {
                assertThat(rows(own, table)).as(table).isEqualTo(rows(batched, table)).isNotEmpty();
            }
            try (CuratedLoad load = new ContractStore(own.dataSource()).curatedLoad()) {
                assertThat(load).isInstanceOf(kind == TestDatabase.Kind.POSTGRES ? PostgresCuratedLoad.class
                        : BatchedCuratedLoad.class);
            }
            assertThat(new ContractStore(own.dataSource()).load("h1").orElseThrow().player().knownAs())
                    .containsExactly("Tommy");
        }
    }

    private static List<ImportSummary> importBoth(TestDatabase db, Function<ContractStore, CuratedLoad> loads) {
        ContractImport contractImport = new ContractImport(new ContractStore(db.dataSource()), loads, CLOCK, () -> { });
        return List.of(contractImport.importFile(new StringReader(firstFile()), FIRST_DAY, line -> { }),
                contractImport.importFile(new StringReader(secondFile()), SECOND_DAY, line -> { }));
    }

    private static ImportSummary withoutTime(ImportSummary s) {
        return new ImportSummary(s.rowsRead(), s.imported(), s.updated(), s.unchanged(), s.skipped(),
                s.withoutContractDate(), java.time.Duration.ZERO);
    }

    private static List<Map<String, Object>> rows(TestDatabase db, String table) {
        return db.jdbc().queryForList("SELECT * FROM " + table + " ORDER BY 1");
    }
}
