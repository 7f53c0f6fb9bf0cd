package dev.rumourmill.contracts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds players and clubs by what people type, fast: an in-memory {@link NameIndex} built from the store and
 * kept in a Caffeine cache, plus caches of recent lookups and autocomplete answers. Everything is dropped
 * when the data changes — at once in this process, and within {@code versionCheckEvery} in other processes
 * sharing the database (an import run from the command line bumps the stored data version).
 */
public class ContractDirectory {

    private static final int SUGGESTIONS = 10;

    /** Both indexes, built together from one read of the store. */
    record Indexes(List<PlayerListing> players, NameIndex playerNames, Map<String, Integer> playerById,
            List<Club> clubs, NameIndex clubNames, Map<String, Integer> clubById) {
    }

    private final ContractStore store;
    private final Clock clock;
    private final long versionCheckMillis;
    private final LoadingCache<String, Indexes> index;
    private final Cache<String, Match<PlayerListing>> playerLookups;
    private final Cache<String, Match<Club>> clubLookups;
    private final Cache<String, List<Choice>> playerChoices;
    private final Cache<String, List<Choice>> clubChoices;
    private final Cache<String, java.util.Optional<PlayerContracts>> facts;
    private volatile long versionCheckedAt = Long.MIN_VALUE;
    private volatile long knownVersion = Long.MIN_VALUE;

    public ContractDirectory(ContractStore store, Clock clock, Duration versionCheckEvery) {
        this.store = store;
        this.clock = clock;
        this.versionCheckMillis = versionCheckEvery.toMillis();
        this.index = Caffeine.newBuilder().maximumSize(1).build(key -> build());
        this.playerLookups = Caffeine.newBuilder().maximumSize(10_000).build();
        this.clubLookups = Caffeine.newBuilder().maximumSize(2_000).build();
        this.playerChoices = Caffeine.newBuilder().maximumSize(10_000).build();
        this.clubChoices = Caffeine.newBuilder().maximumSize(2_000).build();
        this.facts = Caffeine.newBuilder().maximumSize(5_000).build();
    }

    /** Drops every cached index and answer; the next lookup reads the store again. */
    public void invalidate() {
        index.invalidateAll();
        playerLookups.invalidateAll();
        clubLookups.invalidateAll();
        playerChoices.invalidateAll();
        clubChoices.invalidateAll();
        facts.invalidateAll();
    }

    /** Everything stored about one player, cached like the lookups (a popular player is asked about often). */
    public java.util.Optional<PlayerContracts> facts(String playerId) {
        indexes();
        return facts.get(playerId, store::load);
    }

    /** A player by id (an autocomplete value), full name, nickname, or a surname that only one player has. */
    public Match<PlayerListing> findPlayer(String typed) {
        Indexes indexes = indexes();
        Integer byId = indexes.playerById().get(typed.strip());
        if (byId != null) {
            return Match.of(indexes.players().get(byId));
        }
        return playerLookups.get(NameFolding.fold(typed),
                folded -> resolve(folded, indexes.playerNames(), indexes.players()));
    }

    public Match<Club> findClub(String typed) {
        Indexes indexes = indexes();
        Integer byId = indexes.clubById().get(typed.strip());
        if (byId != null) {
            return Match.of(indexes.clubs().get(byId));
        }
        return clubLookups.get(NameFolding.fold(typed), folded -> resolve(folded, indexes.clubNames(), indexes.clubs()));
    }

    /** At most 25 choices, best first; the value is the player's id so that the command finds him exactly. */
    public List<Choice> playerChoices(String typed) {
        Indexes indexes = indexes();
        return playerChoices.get(NameFolding.fold(typed), folded -> computePlayerChoices(indexes, folded));
    }

    /** The same choices without the answer cache, for the benchmark's "every answer computed" figure. */
    public List<Choice> playerChoicesUncached(String typed) {
        return computePlayerChoices(indexes(), NameFolding.fold(typed));
    }

    private static List<Choice> computePlayerChoices(Indexes indexes, String folded) {
        return indexes.playerNames().search(folded, Choice.MAX_CHOICES).stream()
                .map(hit -> indexes.players().get(hit.entry()))
                .map(p -> new Choice(p.clubName() == null ? p.name() : p.name() + " · " + p.clubName(), p.id()))
                .toList();
    }

    public List<Choice> clubChoices(String typed) {
        Indexes indexes = indexes();
        return clubChoices.get(NameFolding.fold(typed), folded -> indexes.clubNames()
                .search(folded, Choice.MAX_CHOICES).stream()
                .map(hit -> indexes.clubs().get(hit.entry()))
                .map(c -> new Choice(c.name(), c.id()))
                .toList());
    }

    public int playerCount() {
        return indexes().players().size();
    }

    private static <T> Match<T> resolve(String folded, NameIndex names, List<T> entries) {
        List<NameIndex.Hit> hits = names.search(folded, SUGGESTIONS + 1);
        if (hits.isEmpty()) {
            return new Match<>(null, names.similar(folded, SUGGESTIONS).stream().map(entries::get).toList(), false);
        }
        NameIndex.Quality best = hits.get(0).quality();
        boolean exact = best == NameIndex.Quality.EXACT_NAME || best == NameIndex.Quality.EXACT_WORD;
        long equallyGood = hits.stream().filter(h -> exact ? h.quality() == best : true).count();
        if (equallyGood == 1) {
            return Match.of(entries.get(hits.get(0).entry()));
        }
        return new Match<>(null, hits.stream().limit(SUGGESTIONS).map(h -> entries.get(h.entry())).toList(), true);
    }

    private Indexes indexes() {
        long now = clock.millis();
        if (knownVersion == Long.MIN_VALUE || now - versionCheckedAt >= versionCheckMillis) {
            versionCheckedAt = now;
            long version = store.dataVersion();
            if (version != knownVersion) {
                knownVersion = version;
                invalidate();
            }
        }
        return index.get("all");
    }

    private Indexes build() {
        List<PlayerListing> players = store.listings();
        List<Club> clubs = store.clubs();
        Map<String, Integer> playerById = new HashMap<>();
        for (int i = 0; i < players.size(); i++) {
            playerById.put(players.get(i).id(), i);
        }
        Map<String, Integer> clubById = new HashMap<>();
        for (int i = 0; i < clubs.size(); i++) {
            clubById.put(clubs.get(i).id(), i);
        }
        NameIndex playerNames = new NameIndex(players.stream()
                .map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.knownAs().stream()).toList())
                .toList());
        NameIndex clubNames = new NameIndex(clubs.stream().map(c -> List.of(c.name())).toList());
        return new Indexes(players, playerNames, playerById, clubs, clubNames, clubById);
    }
}
