package dev.rumourmill.contracts;

import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Imports a transfermarkt-datasets {@code players.csv} as curated contract data: streamed into one
 * {@link CuratedLoad}, idempotent. Bad rows are skipped with their line number; they never stop the import.
 */
public class ContractImport {

    public static final String SOURCE = "transfermarkt-datasets players.csv";
    /** Progress is reported every this many rows. */
    static final int PROGRESS_EVERY = 500;

    private final ContractStore store;
    private final Function<ContractStore, CuratedLoad> loads;
    private final Clock clock;
    private final Runnable afterImport;

    /**
     * @param afterImport told when data changed, e.g. to drop lookup caches
     */
    public ContractImport(ContractStore store, Clock clock, Runnable afterImport) {
        this(store, ContractStore::curatedLoad, clock, afterImport);
    }

    /** @param loads how the rows reach the database (tests compare the set-based and the batched load) */
    ContractImport(ContractStore store, Function<ContractStore, CuratedLoad> loads, Clock clock, Runnable afterImport) {
        this.store = store;
        this.loads = loads;
        this.clock = clock;
        this.afterImport = afterImport;
    }

    /**
     * @param asOf     the day the file describes (shown to users beside every answer)
     * @param progress told the line reached after each batch
     * @throws InvalidPlayersFileException when the file has no usable header
     */
    public ImportSummary importFile(Reader reader, LocalDate asOf, LongConsumer progress) {
        long started = clock.millis();
        var state = new State();
        try (var rows = TransfermarktPlayersCsv.read(reader); CuratedLoad load = loads.apply(store)) {
            rows.forEach(parsed -> {
                state.rowsRead++;
                if (parsed instanceof TransfermarktPlayersCsv.Problem problem) {
                    state.skipped.add(new ImportSummary.SkippedRow(problem.line(), problem.reason()));
                    return;
                }
                TransfermarktPlayerRow p = ((TransfermarktPlayersCsv.Row) parsed).player();
                Long firstLine = state.firstLineOf.putIfAbsent(p.playerId(), p.line());
                if (firstLine != null) {
                    state.skipped.add(new ImportSummary.SkippedRow(p.line(),
                            "player_id " + p.playerId() + " was already read on line " + firstLine));
                    return;
                }
                if (p.contractExpiration() == null) {
                    state.withoutContractDate++;
                }
                load.add(toCurated(p, asOf));
                if (state.firstLineOf.size() % PROGRESS_EVERY == 0) {
                    progress.accept(p.line());
                }
            });
            state.add(load.finish());
        }
        progress.accept(Long.MAX_VALUE);
        store.bumpDataVersion();
        afterImport.run();
        return new ImportSummary(state.rowsRead, state.imported, state.updated, state.unchanged, state.skipped,
                state.withoutContractDate, Duration.ofMillis(clock.millis() - started));
    }

    static CuratedContract toCurated(TransfermarktPlayerRow row, LocalDate asOf) {
        Player player = new Player(row.playerId(), row.name(), List.of(), row.dateOfBirth(), row.citizenship(),
                row.subPosition() != null ? row.subPosition() : row.position());
        return new CuratedContract(player, new Contract(club(row), null, row.contractExpiration(), null,
                ContractSource.CURATED, SOURCE, asOf));
    }

    private static Club club(TransfermarktPlayerRow row) {
        if (row.currentClubId() == null) {
            return null;
        }
        String name = row.currentClubName() == null ? "club " + row.currentClubId() : row.currentClubName();
        return new Club(row.currentClubId(), name);
    }

    private static final class State {
        long rowsRead;
        int imported;
        int updated;
        int unchanged;
        int withoutContractDate;
        final List<ImportSummary.SkippedRow> skipped = new ArrayList<>();
        final Map<String, Long> firstLineOf = new HashMap<>();

        void add(ContractStore.UpsertCounts counts) {
            imported += counts.inserted();
            updated += counts.updated();
            unchanged += counts.unchanged();
        }
    }
}
