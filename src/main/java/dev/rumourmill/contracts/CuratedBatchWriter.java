package dev.rumourmill.contracts;

import static dev.rumourmill.contracts.ContractStore.KNOWN_AS_SEPARATOR;
import static dev.rumourmill.contracts.ContractStore.date;
import static dev.rumourmill.contracts.ContractStore.placeholders;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one batch of curated contracts, given what is stored for those players already: new players are
 * inserted, changed ones updated, unchanged ones only get the newer as-of date. Portable SQL (no MERGE or
 * ON CONFLICT dialects), and the counts say exactly what the import changed. Runs inside the store's
 * transaction.
 */
final class CuratedBatchWriter {

    private final JdbcTemplate jdbc;

    CuratedBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ContractStore.UpsertCounts write(List<CuratedContract> batch, Map<String, PlayerContracts> existing) {
        upsertClubs(batch);
        List<CuratedContract> inserts = new ArrayList<>();
        List<CuratedContract> updates = new ArrayList<>();
        List<CuratedContract> unchanged = new ArrayList<>();
        for (CuratedContract c : batch) {
            PlayerContracts old = existing.get(c.player().id());
            if (old == null) {
                inserts.add(c);
            } else if (sameFacts(old, c)) {
                unchanged.add(c);
            } else {
                updates.add(c);
            }
        }
        insert(inserts);
        update(updates);
        // The facts are the same, but the data now describes a newer day.
        jdbc.batchUpdate("UPDATE contract_current SET as_of = ? WHERE player_id = ?",
                unchanged.stream().map(c -> new Object[] {Date.valueOf(c.contract().asOf()), c.player().id()})
                        .toList());
        return new ContractStore.UpsertCounts(inserts.size(), updates.size(), unchanged.size());
    }

    private static boolean sameFacts(PlayerContracts old, CuratedContract c) {
        Player a = old.player();
        Player b = c.player();
        Contract x = old.curated();
        Contract y = c.contract();
        return a.name().equals(b.name()) && Objects.equals(a.dateOfBirth(), b.dateOfBirth())
                && Objects.equals(a.nationality(), b.nationality()) && Objects.equals(a.position(), b.position())
                && (b.knownAs().isEmpty() || a.knownAs().equals(b.knownAs()))
                && x != null && Objects.equals(x.club(), y.club()) && Objects.equals(x.joined(), y.joined())
                && Objects.equals(x.expires(), y.expires()) && Objects.equals(x.option(), y.option())
                && x.source().equals(y.source());
    }

    private void upsertClubs(List<CuratedContract> batch) {
        Map<String, Club> clubs = new LinkedHashMap<>();
        batch.stream().map(c -> c.contract().club()).filter(Objects::nonNull).forEach(c -> clubs.put(c.id(), c));
        if (clubs.isEmpty()) {
            return;
        }
        Map<String, String> known = new HashMap<>();
        jdbc.query("SELECT club_id, name FROM contract_club WHERE club_id IN (" + placeholders(clubs.size()) + ")",
                rs -> {
                    known.put(rs.getString(1), rs.getString(2));
                }, clubs.keySet().toArray());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> renames = new ArrayList<>();
        for (Club club : clubs.values()) {
            String name = known.get(club.id());
            if (name == null) {
                inserts.add(new Object[] {club.id(), club.name()});
            } else if (!name.equals(club.name())) {
                renames.add(new Object[] {club.name(), club.id()});
            }
        }
        jdbc.batchUpdate("INSERT INTO contract_club (club_id, name) VALUES (?, ?)", inserts);
        jdbc.batchUpdate("UPDATE contract_club SET name = ? WHERE club_id = ?", renames);
    }

    private void insert(List<CuratedContract> inserts) {
        jdbc.batchUpdate("INSERT INTO contract_player (player_id, name, known_as, date_of_birth, nationality, position) "
                + "VALUES (?, ?, ?, ?, ?, ?)", inserts.stream().map(c -> {
                    Player p = c.player();
                    return new Object[] {p.id(), p.name(), String.join(KNOWN_AS_SEPARATOR, p.knownAs()),
                        date(p.dateOfBirth()), p.nationality(), p.position()};
                }).toList());
        jdbc.batchUpdate("INSERT INTO contract_current (club_id, joined, expires, contract_option, source, as_of, player_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", inserts.stream().map(CuratedBatchWriter::contractColumns).toList());
    }

    private void update(List<CuratedContract> updates) {
        jdbc.batchUpdate("UPDATE contract_player SET name = ?, date_of_birth = ?, nationality = ?, position = ? "
                + "WHERE player_id = ?", updates.stream().map(c -> {
                    Player p = c.player();
                    return new Object[] {p.name(), date(p.dateOfBirth()), p.nationality(), p.position(), p.id()};
                }).toList());
        // Only a source that knows nicknames (the sample data, an admin) sets them; an import never wipes them.
        jdbc.batchUpdate("UPDATE contract_player SET known_as = ? WHERE player_id = ?", updates.stream()
                .filter(c -> !c.player().knownAs().isEmpty())
                .map(c -> new Object[] {String.join(KNOWN_AS_SEPARATOR, c.player().knownAs()), c.player().id()})
                .toList());
        jdbc.batchUpdate("DELETE FROM contract_current WHERE player_id = ?",
                updates.stream().map(c -> new Object[] {c.player().id()}).toList());
        jdbc.batchUpdate("INSERT INTO contract_current (club_id, joined, expires, contract_option, source, as_of, player_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", updates.stream().map(CuratedBatchWriter::contractColumns).toList());
    }

    private static Object[] contractColumns(CuratedContract c) {
        Contract k = c.contract();
        return new Object[] {k.club() == null ? null : k.club().id(), date(k.joined()), date(k.expires()), k.option(),
            k.source(), date(k.asOf()), c.player().id()};
    }
}
