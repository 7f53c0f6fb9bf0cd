package dev.rumourmill.contracts;

import java.net.URI;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Players, clubs and every source's contract facts on Spring JDBC. Plain SQL that runs unchanged on H2
 * (PostgreSQL mode) and PostgreSQL; upserts are "read the batch, then insert or update" so that the
 * import can say exactly what changed.
 */
public class ContractStore implements ReportedContracts {

    /** What one batch of curated contracts did to the database. */
    public record UpsertCounts(int inserted, int updated, int unchanged) {
    }

    static final String KNOWN_AS_SEPARATOR = "|";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CuratedBatchWriter curatedWriter;

    public ContractStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.curatedWriter = new CuratedBatchWriter(jdbc);
    }

    // ---- curated data (import, sample) ----

    /** Inserts or updates a batch in one transaction; players' known-as names are kept (imports have none). */
    public UpsertCounts upsertCurated(List<CuratedContract> batch) {
        if (batch.isEmpty()) {
            return new UpsertCounts(0, 0, 0);
        }
        return transactions.execute(status -> curatedWriter.write(batch, loadAll(batch.stream()
                .map(c -> c.player().id()).toList())));
    }

    /** A load for a whole import: set-based through COPY on PostgreSQL, batches elsewhere (H2 is in-process). */
    CuratedLoad curatedLoad() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(product) ? new PostgresCuratedLoad(dataSource) : batchedLoad();
    }

    CuratedLoad batchedLoad() {
        return new BatchedCuratedLoad(this);
    }

    // ---- reading ----

    public long playerCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM contract_player", Long.class);
        return count == null ? 0 : count;
    }

    public Optional<PlayerContracts> load(String playerId) {
        return Optional.ofNullable(loadAll(List.of(playerId)).get(playerId));
    }

    /** Every stored fact about these players, by id; unknown ids are simply absent. */
    public Map<String, PlayerContracts> loadAll(Collection<String> playerIds) {
        Map<String, PlayerContracts> result = new LinkedHashMap<>();
        List<String> ids = List.copyOf(playerIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            result.putAll(loadChunk(chunk));
        }
        return result;
    }

    private Map<String, PlayerContracts> loadChunk(List<String> ids) {
        String in = placeholders(ids.size());
        Map<String, Player> players = new LinkedHashMap<>();
        Map<String, Contract> curated = new HashMap<>();
        jdbc.query("SELECT p.player_id, p.name, p.known_as, p.date_of_birth, p.nationality, p.position, "
                + "c.club_id, k.name, c.joined, c.expires, c.contract_option, c.source, c.as_of "
                + "FROM contract_player p LEFT JOIN contract_current c ON c.player_id = p.player_id "
                + "LEFT JOIN contract_club k ON k.club_id = c.club_id WHERE p.player_id IN (" + in + ")", rs -> {
                    Player player = new Player(rs.getString(1), rs.getString(2), knownAs(rs.getString(3)),
                            localDate(rs, 4), rs.getString(5), rs.getString(6));
                    players.put(player.id(), player);
                    if (rs.getString(12) != null) {
                        curated.put(player.id(), new Contract(club(rs.getString(7), rs.getString(8)), localDate(rs, 9),
                                localDate(rs, 10), rs.getString(11), ContractSource.CURATED, rs.getString(12),
                                localDate(rs, 13)));
                    }
                }, ids.toArray());
        Map<String, ContractOverride> overrides = new HashMap<>();
        jdbc.query("SELECT o.player_id, o.club_id, k.name, o.expires, o.contract_option, o.note, o.set_by, o.set_at "
                + "FROM contract_override o LEFT JOIN contract_club k ON k.club_id = o.club_id "
                + "WHERE o.player_id IN (" + in + ")", rs -> {
                    overrides.put(rs.getString(1), new ContractOverride(rs.getString(1),
                            club(rs.getString(2), rs.getString(3)), localDate(rs, 4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getTimestamp(8).toInstant()));
                }, ids.toArray());
        Map<String, List<ReportedContract>> reported = new HashMap<>();
        jdbc.query("SELECT player_id, expiry_year, article_url, outlet, reported_on FROM contract_reported "
                + "WHERE player_id IN (" + in + ") ORDER BY reported_on DESC, article_url", rs -> {
                    reported.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ReportedContract(
                            rs.getString(1), rs.getInt(2), URI.create(rs.getString(3)), rs.getString(4),
                            localDate(rs, 5)));
                }, ids.toArray());
        Map<String, PlayerContracts> result = new LinkedHashMap<>();
        players.forEach((id, player) -> result.put(id, new PlayerContracts(player, curated.get(id), overrides.get(id),
                reported.getOrDefault(id, List.of()))));
        return result;
    }

    /** All players with the name of their club (an override's club wins), for the lookup index. */
    public List<PlayerListing> listings() {
        return jdbc.query("SELECT p.player_id, p.name, p.known_as, COALESCE(ko.name, kc.name) "
                + "FROM contract_player p LEFT JOIN contract_current c ON c.player_id = p.player_id "
                + "LEFT JOIN contract_club kc ON kc.club_id = c.club_id "
                + "LEFT JOIN contract_override o ON o.player_id = p.player_id "
                + "LEFT JOIN contract_club ko ON ko.club_id = o.club_id",
                (rs, i) -> new PlayerListing(rs.getString(1), rs.getString(2), knownAs(rs.getString(3)),
                        rs.getString(4)));
    }

    public List<Club> clubs() {
        return jdbc.query("SELECT club_id, name FROM contract_club ORDER BY name, club_id",
                (rs, i) -> new Club(rs.getString(1), rs.getString(2)));
    }

    /** Ids of the players whose curated or overriding club is {@code clubId}. */
    public List<String> playerIdsOfClub(String clubId) {
        return jdbc.queryForList("SELECT player_id FROM contract_current WHERE club_id = ? "
                + "UNION SELECT player_id FROM contract_override WHERE club_id = ?", String.class, clubId, clubId);
    }

    public Optional<Club> club(String clubId) {
        return jdbc.query("SELECT club_id, name FROM contract_club WHERE club_id = ?",
                (rs, i) -> new Club(rs.getString(1), rs.getString(2)), clubId).stream().findFirst();
    }

    // ---- other sources ----

    public void saveOverride(ContractOverride o) {
        transactions.executeWithoutResult(status -> {
            if (o.club() != null && club(o.club().id()).isEmpty()) {
                // An admin may name a club no import has seen yet (a move abroad, a promoted club).
                jdbc.update("INSERT INTO contract_club (club_id, name) VALUES (?, ?)", o.club().id(), o.club().name());
            }
            jdbc.update("DELETE FROM contract_override WHERE player_id = ?", o.playerId());
            jdbc.update("INSERT INTO contract_override (player_id, club_id, expires, contract_option, note, set_by, set_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", o.playerId(), o.club() == null ? null : o.club().id(),
                    date(o.expires()), o.option(), o.note(), o.setBy(), Timestamp.from(o.setAt()));
        });
    }

    public List<String> overriddenPlayersSetBy(String setBy) {
        return jdbc.queryForList("SELECT player_id FROM contract_override WHERE set_by = ? ORDER BY player_id",
                String.class, setBy);
    }

    /** @return whether there was an override to clear */
    public boolean clearOverride(String playerId) {
        return jdbc.update("DELETE FROM contract_override WHERE player_id = ?", playerId) > 0;
    }

    /** Keeps a news-reported expiry; the same article reported again replaces the earlier reading. */
    @Override
    public void saveReported(ReportedContract r) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM contract_reported WHERE player_id = ? AND article_url = ?", r.playerId(),
                    r.articleUrl().toString());
            jdbc.update("INSERT INTO contract_reported (player_id, article_url, expiry_year, outlet, reported_on) "
                    + "VALUES (?, ?, ?, ?, ?)", r.playerId(), r.articleUrl().toString(), r.expiryYear(), r.outlet(),
                    date(r.reportedOn()));
        });
    }

    public void setKnownAs(String playerId, List<String> names) {
        jdbc.update("UPDATE contract_player SET known_as = ? WHERE player_id = ?",
                String.join(KNOWN_AS_SEPARATOR, names), playerId);
    }

    // ---- cache coherence between processes ----

    public long dataVersion() {
        Long version = jdbc.queryForObject("SELECT version FROM contract_data_version WHERE id = 1", Long.class);
        return version == null ? 0 : version;
    }

    public void bumpDataVersion() {
        jdbc.update("UPDATE contract_data_version SET version = version + 1 WHERE id = 1");
    }

    // ---- helpers ----

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static Club club(String id, String name) {
        return id == null || name == null ? null : new Club(id, name);
    }

    private static List<String> knownAs(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\\" + KNOWN_AS_SEPARATOR));
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
