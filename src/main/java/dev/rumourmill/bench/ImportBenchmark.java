package dev.rumourmill.bench;

import dev.rumourmill.contracts.ContractImport;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.contracts.ImportSummary;
import com.zaxxer.hikari.HikariDataSource;
import dev.rumourmill.system.Database;
import dev.rumourmill.system.ScratchDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * Measures {@code import-contracts} against what the database itself can do with the same file: a
 * set-based load (the raw file into a staging table by {@code COPY} on PostgreSQL or {@code CSVREAD} on H2,
 * then one {@code INSERT … SELECT} per table). Both start from empty tables in a private schema that is
 * dropped afterwards, in alternating order, and both are timed from the file to committed rows. Prints
 * figures; asserts nothing.
 */
public final class ImportBenchmark {

    /** Medians in rows of the file per second. */
    public record Figures(double ours, double setBased) {

        public double ratio() {
            return ours / setBased;
        }
    }

    private static final List<String> COLUMNS = Arrays.asList(SyntheticPlayers.HEADER.split(","));

    // What a set-based load keeps: the same rows the import accepts (ids and names present, dates that are dates).
    private static final String GOOD = " WHERE player_id IS NOT NULL AND name IS NOT NULL "
            + "AND (date_of_birth IS NULL OR date_of_birth LIKE '____-__-__%') "
            + "AND (contract_expiration_date IS NULL OR contract_expiration_date LIKE '____-__-__%')";

    private static final List<String> SET_BASED = List.of(
            "INSERT INTO contract_club (club_id, name) SELECT current_club_id, "
                    + "MAX(COALESCE(current_club_name, 'club ' || current_club_id)) FROM players_raw" + GOOD
                    + " AND current_club_id IS NOT NULL GROUP BY current_club_id",
            "INSERT INTO contract_player (player_id, name, known_as, date_of_birth, nationality, position) "
                    + "SELECT player_id, name, '', CAST(SUBSTRING(date_of_birth, 1, 10) AS DATE), "
                    + "country_of_citizenship, COALESCE(sub_position, position) FROM players_raw" + GOOD,
            "INSERT INTO contract_current (player_id, club_id, joined, expires, contract_option, source, as_of) "
                    + "SELECT player_id, current_club_id, NULL, CAST(SUBSTRING(contract_expiration_date, 1, 10) AS DATE), "
                    + "NULL, '" + ContractImport.SOURCE + "', CURRENT_DATE FROM players_raw" + GOOD);

    private ImportBenchmark() {
    }

    /**
     * @param url a JDBC URL of H2 or PostgreSQL; the benchmark works in a schema of its own there
     */
    public static Figures run(String url, String username, String password, int players, int badEvery, long seed,
            int rounds, PrintWriter out) throws IOException {
        Path csv = Files.createTempFile("rumourmill-bench-players", ".csv");
        try {
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                SyntheticPlayers.writeCsv(writer, players, seed, badEvery);
            }
            boolean postgres = url.startsWith("jdbc:postgresql:");
            out.printf(Locale.ROOT, "Importing %,d generated rows (%s) into %s, %d measured rounds after a warm-up.%n",
                    players, badEvery > 0 ? "every " + badEvery + "th unreadable" : "all readable",
                    postgres ? "PostgreSQL" : "H2", rounds);
            List<Double> ours = new ArrayList<>();
            List<Double> setBased = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                // Alternate which goes first so that neither always meets a warmer cache.
                for (boolean oursFirst : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    try (ScratchDatabase db = ScratchDatabase.create(url, username, password)) {
                        long started = System.nanoTime();
                        if (oursFirst) {
                            importFile(db.dataSource(), csv);
                        } else {
                            loadSetBased(db.dataSource(), csv, postgres);
                        }
                        double rate = players / ((System.nanoTime() - started) / 1e9);
                        long stored = new ContractStore(db.dataSource()).playerCount();
                        if (round > 0) {
                            (oursFirst ? ours : setBased).add(rate);
                            out.printf(Locale.ROOT, "round %d  %-10s %,9.0f rows/s  (%,d players stored)%n", round,
                                    oursFirst ? "import" : "set-based", rate, stored);
                        }
                        if (oursFirst && round == rounds) {
                            started = System.nanoTime();
                            ImportSummary again = importFile(db.dataSource(), csv);
                            out.printf(Locale.ROOT, "re-import of the same file: %,.0f rows/s (%,d unchanged)%n",
                                    players / ((System.nanoTime() - started) / 1e9), again.unchanged());
                        }
                    }
                }
                // Pairs swap order every round, so both kinds of run see each position equally often.
            }
            Figures figures = new Figures(median(ours), median(setBased));
            out.printf(Locale.ROOT, "import-contracts (median)  %,9.0f rows/s%n", figures.ours());
            out.printf(Locale.ROOT, "set-based load (median)    %,9.0f rows/s%n", figures.setBased());
            out.printf(Locale.ROOT, "import ratio: %.2f%n", figures.ratio());
            return figures;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static ImportSummary importFile(HikariDataSource dataSource, Path csv) throws IOException {
        try (Reader reader = new BufferedReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8), 1 << 16)) {
            return new ContractImport(new ContractStore(dataSource), Clock.systemUTC(), () -> { })
                    .importFile(reader, LocalDate.now(Clock.systemUTC()), line -> { });
        }
    }

    private static void loadSetBased(HikariDataSource dataSource, Path csv, boolean postgres) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("CREATE TEMPORARY TABLE players_raw (" + String.join(" TEXT, ", COLUMNS)
                            + " TEXT) ON COMMIT DROP");
                    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                        connection.unwrap(PGConnection.class).getCopyAPI()
                                .copyIn("COPY players_raw FROM STDIN (FORMAT csv, HEADER true)", reader, 1 << 16);
                    }
                } else {
                    // H2 reads empty fields as NULL, like COPY's csv format.
                    statement.execute("CREATE LOCAL TEMPORARY TABLE players_raw (" + String.join(" VARCHAR, ", COLUMNS)
                            + " VARCHAR)");
                    statement.execute("INSERT INTO players_raw SELECT * FROM CSVREAD('"
                            + csv.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
                }
                for (String sql : SET_BASED) {
                    statement.executeUpdate(sql);
                }
                if (!postgres) {
                    statement.execute("DROP TABLE players_raw");
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("the set-based load failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
