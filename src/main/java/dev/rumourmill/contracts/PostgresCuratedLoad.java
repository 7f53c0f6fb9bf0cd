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
 * set-based statements write clubs, players and contracts, all in one transaction. Reading the stored rows back per batch ({@code IN (?×500)}) made PostgreSQL plan and scan
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

    // Existing rows are updated (unchanged ones left alone), then the new ones inserted: cheaper than
    // INSERT … ON CONFLICT's speculative insertion for every row. One import runs at a time.
    private static final String UPDATE_PLAYERS = "UPDATE contract_player p SET name = s.name, "
            + "date_of_birth = s.date_of_birth, nationality = s.nationality, position = s.position, "
            + "known_as = CASE WHEN s.known_as = '' THEN p.known_as ELSE s.known_as END "
            + "FROM contract_stage s WHERE p.player_id = s.player_id "
            + "AND ((p.name, p.date_of_birth, p.nationality, p.position) "
            + "IS DISTINCT FROM (s.name, s.date_of_birth, s.nationality, s.position) "
            + "OR (s.known_as <> '' AND s.known_as <> p.known_as))";

    private static final String INSERT_PLAYERS = "INSERT INTO contract_player "
            + "(player_id, name, known_as, date_of_birth, nationality, position) "
            + "SELECT s.player_id, s.name, s.known_as, s.date_of_birth, s.nationality, s.position FROM contract_stage s "
            + "WHERE NOT EXISTS (SELECT 1 FROM contract_player p WHERE p.player_id = s.player_id)";

    private static final String UPDATE_CONTRACTS = "UPDATE contract_current c SET club_id = s.club_id, "
            + "joined = s.joined, expires = s.expires, contract_option = s.contract_option, source = s.source, "
            + "as_of = s.as_of FROM contract_stage s WHERE c.player_id = s.player_id "
            + "AND (c.club_id, c.joined, c.expires, c.contract_option, c.source, c.as_of) "
            + "IS DISTINCT FROM (s.club_id, s.joined, s.expires, s.contract_option, s.source, s.as_of)";

    private static final String INSERT_CONTRACTS = "INSERT INTO contract_current "
            + "(player_id, club_id, joined, expires, contract_option, source, as_of) "
            + "SELECT s.player_id, s.club_id, s.joined, s.expires, s.contract_option, s.source, s.as_of "
            + "FROM contract_stage s WHERE NOT EXISTS (SELECT 1 FROM contract_current c WHERE c.player_id = s.player_id)";

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
                ContractStore.UpsertCounts counts;
                try (ResultSet rs = statement.executeQuery(COUNTS)) {
                    rs.next();
                    int inserted = rs.getInt(1);
                    int unchanged = rs.getInt(2);
                    counts = new ContractStore.UpsertCounts(inserted, rs.getInt(3) - inserted - unchanged, unchanged);
                }
                statement.executeUpdate(CLUBS);
                statement.executeUpdate(UPDATE_PLAYERS);
                statement.executeUpdate(INSERT_PLAYERS);
                statement.executeUpdate(UPDATE_CONTRACTS);
                statement.executeUpdate(INSERT_CONTRACTS);
                connection.commit();
                committed = true;
                return counts;
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("write the imported contracts", INSERT_CONTRACTS, e);
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
