package dev.rumourmill.rumours;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clubs, journalists and outlets the team wrote down (resources {@code rumours/clubs.txt},
 * {@code rumours/sources.txt}, {@code rumours/player-aliases.txt}) plus the players handed in. Immutable.
 */
public final class KnowledgeBase {

    private final Map<String, Club> clubs;
    private final Map<String, Source> sources;
    private final Map<String, KnownPlayer> players;
    private final List<Alias> aliases;
    private final Map<String, String> idsByName;

    private KnowledgeBase(Map<String, Club> clubs, Map<String, Source> sources, Map<String, KnownPlayer> players,
            List<Alias> aliases) {
        this.clubs = clubs;
        this.sources = sources;
        this.players = players;
        this.aliases = aliases;
        Map<String, String> names = new java.util.HashMap<>();
        for (Alias alias : aliases) {
            names.putIfAbsent(alias.kind() + ":" + alias.folded(), alias.id());
        }
        this.idsByName = java.util.Collections.unmodifiableMap(names);
    }

    /**
     * The id of the entity of {@code kind} written as {@code name} (any alias, accents and case ignored, a
     * leading "the" optional), e.g. "Spurs" → {@code tottenham-hotspur}.
     */
    public Optional<String> idOf(EntityKind kind, String name) {
        String folded = FoldedText.fold(name);
        String id = idsByName.get(kind + ":" + folded);
        if (id == null && folded.startsWith("the ")) {
            id = idsByName.get(kind + ":" + folded.substring(4));
        }
        if (id == null && !folded.startsWith("the ")) {
            id = idsByName.get(kind + ":the " + folded);
        }
        return Optional.ofNullable(id);
    }

    /** The built-in clubs and sources, no players. */
    public static KnowledgeBase builtIn() {
        return builtIn(List.of());
    }

    /** The built-in clubs and sources plus {@code players}; the press nicknames we know are added to them. */
    public static KnowledgeBase builtIn(Collection<KnownPlayer> players) {
        Map<String, Club> clubs = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Alias> aliases = new ArrayList<>();
        for (String[] row : rows("rumours/clubs.txt", 3)) {
            Club club = new Club(slug(row[0]), row[0], row[1]);
            clubs.put(club.id(), club);
            addAliases(aliases, EntityKind.CLUB, club.id(), row[0], row[2]);
        }
        for (String[] row : rows("rumours/sources.txt", 4)) {
            Source source = new Source(slug(row[0]), row[0], SourceKind.parse(row[1]), row[2]);
            sources.put(source.id(), source);
            addAliases(aliases, EntityKind.SOURCE, source.id(), row[0], row[3]);
        }
        Map<String, List<String>> nicknames = new LinkedHashMap<>();
        for (String[] row : rows("rumours/player-aliases.txt", 2)) {
            nicknames.put(FoldedText.fold(row[0]), splitList(row[1]));
        }
        Map<String, KnownPlayer> playersById = new LinkedHashMap<>();
        for (KnownPlayer player : players) {
            List<String> extra = nicknames.getOrDefault(FoldedText.fold(player.fullName()), List.of());
            KnownPlayer withNicknames = extra.isEmpty() ? player : new KnownPlayer(player.id(), player.fullName(),
                    concat(player.knownAs(), extra), player.currentClub());
            playersById.put(player.id(), withNicknames);
            PlayerAliases.addTo(aliases, withNicknames);
        }
        // Hash maps, not Map.copyOf: the immutable maps probe with equals() and tens of thousands of players
        // are looked up for every article.
        return new KnowledgeBase(java.util.Collections.unmodifiableMap(clubs), java.util.Collections.unmodifiableMap(sources),
                java.util.Collections.unmodifiableMap(new java.util.HashMap<>(playersById)), List.copyOf(aliases));
    }

    public Optional<Club> club(String id) {
        return Optional.ofNullable(clubs.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<KnownPlayer> player(String id) {
        return Optional.ofNullable(players.get(id));
    }

    public Collection<Club> clubs() {
        return clubs.values();
    }

    public Collection<Source> sources() {
        return sources.values();
    }

    public int playerCount() {
        return players.size();
    }

    List<Alias> aliases() {
        return aliases;
    }

    /** "Ibrahima Konaté" → "ibrahima-konate": folded, each run of other characters one dash, none at the ends. */
    static String slug(String name) {
        String folded = FoldedText.fold(name);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(c);
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    private static void addAliases(List<Alias> aliases, EntityKind kind, String id, String canonical, String list) {
        List<String> written = splitList(list);
        boolean canonicalWeak = written.stream().anyMatch(a -> a.equals(canonical + "~"));
        aliases.add(Alias.of(canonical, kind, id, canonicalWeak ? Alias.Strength.WEAK : Alias.Strength.STRONG));
        for (String alias : written) {
            boolean weak = alias.endsWith("~");
            String text = weak ? alias.substring(0, alias.length() - 1) : alias;
            if (!text.equals(canonical)) {
                aliases.add(Alias.of(text, kind, id, weak ? Alias.Strength.WEAK : Alias.Strength.STRONG));
            }
        }
    }

    private static List<String> splitList(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the knowledge base file " + resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + " has " + parts.length
                            + " columns, expected " + columns + ": " + line);
                }
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                rows.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
