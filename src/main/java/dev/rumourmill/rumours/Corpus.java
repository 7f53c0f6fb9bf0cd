package dev.rumourmill.rumours;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The team's labelled articles ({@code part-*.jsonl}) and the players the bot would know for them
 * ({@code players-part-*.csv}), as in src/test/resources/rumours/corpus. One fifth of the articles, chosen
 * by a checksum of the id, is held out: never trained on, only scored.
 */
public final class Corpus {

    /** One labelled article: the article and its gold fields as written. */
    public record Labelled(Article article, JsonNode gold) {

        /**
         * Whether the article trains the model named {@code model} ("labels", "roles", "kinds", "fees"): every
         * model unless its optional {@code trains} field lists the ones it was written for. An article written to
         * teach one decision (a part on fees) leaves the other models as they were; it is scored like any other.
         */
        public boolean trains(String model) {
            JsonNode trains = gold.path("trains");
            if (!trains.isArray()) {
                return true;
            }
            for (JsonNode name : trains) {
                if (name.asText().equals(model)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FOLDS = 5;

    private final List<Labelled> articles;
    private final List<KnownPlayer> players;

    private Corpus(List<Labelled> articles, List<KnownPlayer> players) {
        this.articles = List.copyOf(articles);
        this.players = List.copyOf(players);
    }

    public static Corpus read(Path directory) {
        List<Labelled> articles = new ArrayList<>();
        List<KnownPlayer> players = new ArrayList<>();
        for (Path file : files(directory, "part-", ".jsonl")) {
            articles.addAll(readArticles(file));
        }
        // Each part lists its own players; one player written in two parts is one player, not two namesakes.
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Path file : files(directory, "players-part-", ".csv")) {
            for (KnownPlayer player : readPlayers(file)) {
                if (names.add(FoldedText.fold(player.fullName()))) {
                    players.add(player);
                }
            }
        }
        return new Corpus(articles, players);
    }

    /** Whether an article is in the held-out fifth (stable across runs and machines). */
    public static boolean isHeldOut(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % FOLDS == 0;
    }

    public List<Labelled> articles() {
        return articles;
    }

    public List<Labelled> training() {
        return articles.stream().filter(a -> !isHeldOut(a.article().id())).toList();
    }

    public List<Labelled> heldOut() {
        return articles.stream().filter(a -> isHeldOut(a.article().id())).toList();
    }

    public List<KnownPlayer> players() {
        return players;
    }

    private static List<Path> files(Path directory, String prefix, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus " + directory, e);
        }
    }

    static List<Labelled> readArticles(Path file) {
        List<Labelled> articles = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(lines.get(i));
                articles.add(new Labelled(article(node), node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return articles;
    }

    public static Article article(JsonNode node) {
        String published = text(node, "published");
        return new Article(node.path("id").asText(), text(node, "url"),
                published == null ? null : LocalDate.parse(published.substring(0, Math.min(10, published.length()))),
                text(node, "title"), text(node, "text"));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }

    private static List<KnownPlayer> readPlayers(Path file) {
        List<KnownPlayer> players = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String club = row.isMapped("current_club_name") ? row.get("current_club_name") : "";
                players.add(new KnownPlayer(row.get("player_id"), row.get("name"), List.of(),
                        club.isBlank() ? null : club));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return players;
    }
}
