package dev.rumourmill.contracts;

import dev.rumourmill.bench.SyntheticPlayers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.testsupport.TestDatabase;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContractImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private static String row(String id, String name, String born, String expiry) {
        return id + ",F,L," + name + ",2025,31,code,Ireland,Cork,Ireland," + born + ",Centre-Back,Defender,right,190,"
                + expiry + ",,,0,0,,,GB1,Northport Athletic,1000000,2000000\n";
    }

    @Test
    @DisplayName("bad and duplicate rows are skipped with their line numbers while the good rows are imported")
    void badRowsAreReportedNotFatal() {
        try (TestDatabase db = TestDatabase.h2()) {
            // GIVEN a file with a good row, a bad date, a duplicate id and a row without a contract date
            String csv = SyntheticPlayers.HEADER + "\n"
                    + row("1", "Tomas Brennan", "1999-05-25 00:00:00", "2026-06-30 00:00:00")
                    + row("2", "Niall Corr", "25/05/1999", "")
                    + row("1", "Tomas Brennan Again", "1999-05-25", "")
                    + row("3", "Eoin Dwyer", "2001-01-02", "");
            AtomicInteger invalidations = new AtomicInteger();
            ContractImport contractImport = new ContractImport(new ContractStore(db.dataSource()), CLOCK,
                    invalidations::incrementAndGet);

            // WHEN it is imported
            ImportSummary summary = contractImport.importFile(new StringReader(csv), AS_OF, line -> { });

            // THEN the two good players are in, the other rows are named by line, and caches were told
            assertThat(summary.imported()).isEqualTo(2);
            assertThat(summary.withoutContractDate()).isEqualTo(1);
            assertThat(summary.skipped()).extracting(ImportSummary.SkippedRow::line).containsExactly(3L, 4L);
            assertThat(summary.skipped().get(0).reason()).contains("date_of_birth '25/05/1999'");
            assertThat(summary.skipped().get(1).reason()).contains("already read on line 2");
            assertThat(String.join("\n", summary.lines())).contains("skipped line 3").contains("1 players have no contract date");
            assertThat(invalidations).hasValue(1);
            assertThat(new ContractStore(db.dataSource()).load("1").orElseThrow().curated().asOf()).isEqualTo(AS_OF);
        }
    }

    @Test
    @DisplayName("importing the same file twice changes nothing the second time")
    void reimportIsIdempotent() {
        try (TestDatabase db = TestDatabase.h2()) {
            String csv = SyntheticPlayers.HEADER + "\n" + row("1", "Tomas Brennan", "1999-05-25", "2026-06-30");
            ContractImport contractImport = new ContractImport(new ContractStore(db.dataSource()), CLOCK, () -> { });
            contractImport.importFile(new StringReader(csv), AS_OF, line -> { });

            ImportSummary again = contractImport.importFile(new StringReader(csv), AS_OF.plusDays(7), line -> { });

            assertThat(again.imported()).isZero();
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(new ContractStore(db.dataSource()).load("1").orElseThrow().curated().asOf())
                    .isEqualTo(AS_OF.plusDays(7));
        }
    }

    @Test
    @DisplayName("a file that is not a players.csv is refused before anything is written")
    void wrongFileIsRefused() {
        try (TestDatabase db = TestDatabase.h2()) {
            ContractImport contractImport = new ContractImport(new ContractStore(db.dataSource()), CLOCK, () -> { });

            assertThatThrownBy(() -> contractImport.importFile(new StringReader("a,b\n1,2\n"), AS_OF, line -> { }))
                    .isInstanceOf(InvalidPlayersFileException.class).hasMessageContaining("player_id");
            assertThat(new ContractStore(db.dataSource()).playerCount()).isZero();
        }
    }
}
