package dev.rumourmill.contracts;

import static dev.rumourmill.contracts.ContractStore.KNOWN_AS_SEPARATOR;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The PostgreSQL load: every row is streamed by {@code COPY} into a temporary staging table, then three
 * set-based {@code INSERT … ON CONFLICT} statements write clubs, players and contracts, all in one
 * transaction. Reading the stored rows back per batch ({@code IN (?×500)}) made PostgreSQL plan and scan
 * for every batch; here it sees the whole file once. Same results as {@link BatchedCuratedLoad}: imports
 * never wipe known-as names, a club takes the name of its last row, and the counts compare every fact with
 * what was stored before the load (club names included).
 */
final class PostgresCuratedLoad implements CuratedLoad {

    private static final int FLUSH_CHARS = 1 << 16;

    private static final String STAGE = "CREATE TEMPORARY TABLE contract_stage (ord INTEGER NOT NULL, "
            + "player_id VARCHAR(64) NOT NULL, name VARCHAR(200) NOT NULL, known_as VARCHAR(1000) NOT NULL, "
            + "date_of_birth DATE, nationality VARCHAR(100), position VARCHAR(100), club_id VARCHAR(64), "
            + "club_name VARCHAR(200), joined DATE, expires DATE, contract_option VARCHAR(200), "
            + "source VARCHAR(200) NOT NULL, as_of DATE NOT NULL) ON COMMIT DROP";

    private static final String COUNTS = "SELECT COUNT(*) FILTER (WHERE p.player_id IS NULL), "
            + "COUNT(*) FILTER (WHERE p.player_id IS NOT NULL AND p.name = s.name "
            + "AND p.date_of_birth IS NOT DISTINCT FROM s.date_of_birth "
            + "AND p.nationality IS NOT DISTINCT FROM s.nationality AND p.position IS NOT DISTINCT FROM s.position "
            + "AND (s.known_as = '' OR p.known_as = s.known_as) AND c.player_id IS NOT NULL "
            + "AND ((c.club_id IS NULL AND s.club_id IS NULL) OR (c.club_id = s.club_id AND k.name = s.club_name)) "
            + "AND c.joined IS NOT DISTINCT FROM s.joined AND c.expires IS NOT DISTINCT FROM s.expires "
            + "AND c.contract_option IS NOT DISTINCT FROM s.contract_option AND c.source = s.source), "
            + "COUNT(*) "
            + "FROM contract_stage s LEFT JOIN contract_player p ON p.player_id = s.player_id "
            + "LEFT JOIN contract_current c ON c.player_id = s.player_id LEFT JOIN contract_club k ON k.club_id = c.club_id";

    private static final String CLUBS = "INSERT INTO contract_club (club_id, name) "
            + "SELECT DISTINCT ON (club_id) club_id, club_name FROM contract_stage WHERE club_id IS NOT NULL "
            + "ORDER BY club_id, ord DESC "
            + "ON CONFLICT (club_id) DO UPDATE SET name = EXCLUDED.name WHERE contract_club.name <> EXCLUDED.name";

    // Unchanged rows are left alone rather than rewritten with the same values.
    private static final String PLAYERS = "INSERT INTO contract_player "
            + "(player_id, name, known_as, date_of_birth, nationality, position) "
            + "SELECT player_id, name, known_as, date_of_birth, nationality, position FROM contract_stage "
            + "ON CONFLICT (player_id) DO UPDATE SET name = EXCLUDED.name, date_of_birth = EXCLUDED.date_of_birth, "
            + "nationality = EXCLUDED.nationality, position = EXCLUDED.position, "
            + "known_as = CASE WHEN EXCLUDED.known_as = '' THEN contract_player.known_as ELSE EXCLUDED.known_as END "
            + "WHERE (contract_player.name, contract_player.date_of_birth, contract_player.nationality, "
            + "contract_player.position) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.date_of_birth, "
            + "EXCLUDED.nationality, EXCLUDED.position) "
            + "OR (EXCLUDED.known_as <> '' AND EXCLUDED.known_as <> contract_player.known_as)";

    private static final String CONTRACTS = "INSERT INTO contract_current "
            + "(player_id, club_id, joined, expires, contract_option, source, as_of) "
            + "SELECT player_id, club_id, joined, expires, contract_option, source, as_of FROM contract_stage "
            + "ON CONFLICT (player_id) DO UPDATE SET club_id = EXCLUDED.club_id, joined = EXCLUDED.joined, "
            + "expires = EXCLUDED.expires, contract_option = EXCLUDED.contract_option, source = EXCLUDED.source, "
            + "as_of = EXCLUDED.as_of";

    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder pending = new StringBuilder(FLUSH_CHARS + 1024);
    private int rows;
    private boolean committed;

    PostgresCuratedLoad(DataSource dataSource) {
        Connection opened = null;
        try {
            opened = dataSource.getConnection();
            opened.setAutoCommit(false);
            try (Statement statement = opened.createStatement()) {
                statement.execute(STAGE);
            }
            this.copy = opened.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY contract_stage FROM STDIN (FORMAT csv)");
            this.connection = opened;
        } catch (SQLException e) {
            closeQuietly(opened);
            throw new UncategorizedSQLException("start the contract import", STAGE, e);
        }
    }

    @Override
    public void add(CuratedContract c) {
        Player p = c.player();
        Contract k = c.contract();
        pending.append(rows++).append(',');
        text(p.id());
        text(p.name());
        text(String.join(KNOWN_AS_SEPARATOR, p.knownAs()));
        date(p.dateOfBirth());
        text(p.nationality());
        text(p.position());
        text(k.club() == null ? null : k.club().id());
        text(k.club() == null ? null : k.club().name());
        date(k.joined());
        date(k.expires());
        text(k.option());
        text(k.source());
        date(k.asOf());
        pending.setCharAt(pending.length() - 1, '\n');
        if (pending.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    @Override
    public ContractStore.UpsertCounts finish() {
        try {
            flush();
            copy.endCopy();
            try (Statement statement = connection.createStatement()) {
                // The planner knows nothing of a fresh temporary table; without statistics it guesses badly.
                statement.execute("ANALYZE contract_stage");
                ContractStore.UpsertCounts counts;
                try (ResultSet rs = statement.executeQuery(COUNTS)) {
                    rs.next();
                    int inserted = rs.getInt(1);
                    int unchanged = rs.getInt(2);
                    counts = new ContractStore.UpsertCounts(inserted, rs.getInt(3) - inserted - unchanged, unchanged);
                }
                statement.executeUpdate(CLUBS);
                statement.executeUpdate(PLAYERS);
                statement.executeUpdate(CONTRACTS);
                connection.commit();
                committed = true;
                return counts;
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("write the imported contracts", CONTRACTS, e);
        }
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // The connection is closed below; the pool discards it if it is broken.
        } finally {
            closeQuietly(connection);
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("send the imported contracts to PostgreSQL", "COPY contract_stage", e);
        }
        pending.setLength(0);
    }

    /** CSV for COPY: an unquoted empty field is NULL, a quoted one is an empty string. */
    private void text(String value) {
        if (value != null) {
            pending.append('"');
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '"') {
                    pending.append('"');
                }
                pending.append(ch);
            }
            pending.append('"');
        }
        pending.append(',');
    }

    private void date(LocalDate day) {
        if (day != null) {
            pending.append(day);
        }
        pending.append(',');
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing more to do
            }
        }
    }
}
