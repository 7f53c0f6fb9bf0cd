package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.feeds.ArticleLinks;
import dev.rumourmill.feeds.FeedRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The decisions {@code /why} shows ({@code article_decision}), written in each entry's transaction and kept for
 * {@link #RETENTION}. A server reads only the decisions about entries of feeds it may see ({@code feed_guild}):
 * another server's feed is answered exactly like an article never seen.
 */
class DecisionStore implements DecisionLog {

    /** How long decisions are kept: the story window, after which an article no longer changes any story. */
    static final java.time.Duration RETENTION = AlertPublisher.STORY_WINDOW;

    private static final String COLUMNS = "feed_id, url_hash, link, title, fetched_at, label, label_confidence, explanation, "
            + "story_key, story_event, story_note, alert_kind, stage, confidence, players, clubs, sources, channels";

    private final JdbcTemplate jdbc;

    DecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One decision, as a feed gave the entry to this server: with the feed's name and whether every server sees it. */
    record Found(ArticleDecision decision, String feedName, boolean everyServerFeed) {
    }

    @Override
    public void record(ArticleDecision d) {
        ArticleDecision.Entry entry = d.entry();
        ArticleDecision.Filing filing = d.filing();
        ArticleDecision.Routing routing = d.routing();
        String link = entry.link() == null ? "" : entry.link();
        jdbc.update("INSERT INTO article_decision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.feedId(), ArticleLinks.hash(link), cut(entry.link(), 2048), cut(entry.title(), 500),
                Timestamp.from(entry.fetchedAt()), cut(d.reading().label(), 20), d.reading().confidence(),
                lines(d.reading().explanation(), 8000),
                filing == null ? null : cut(filing.storyKey(), 300), filing == null ? null : cut(filing.event(), 20),
                filing == null ? null : cut(filing.note(), 1000),
                routing == null ? null : routing.kind().name(), routing == null ? null : cut(routing.stage(), 30),
                routing == null ? null : routing.confidence(), routing == null ? null : lines(routing.players(), 2000),
                routing == null ? null : lines(routing.clubs(), 2000),
                routing == null ? null : lines(routing.sources().stream().map(DecisionStore::source).toList(), 4000),
                routing == null ? null : lines(routing.channels(), 8000));
    }

    /** The newest decisions about the article behind {@code link} that {@code guildId} may see, newest first. */
    List<Found> find(String link, String guildId, int limit) {
        return jdbc.query("SELECT d.id, d." + COLUMNS.replace(", ", ", d.") + ", f.name AS feed_name, (SELECT COUNT(*) FROM feed_guild e "
                        + "WHERE e.feed_id = d.feed_id AND e.guild_id = ?) AS every_server "
                        + "FROM article_decision d JOIN feed f ON f.feed_id = d.feed_id WHERE d.url_hash = ? "
                        + "AND EXISTS (SELECT 1 FROM feed_guild g WHERE g.feed_id = d.feed_id AND g.guild_id IN (?, ?)) "
                        + "ORDER BY d.fetched_at DESC, d.id DESC LIMIT ?",
                DecisionStore::map, FeedRegistry.EVERY_GUILD, ArticleLinks.hash(link), guildId, FeedRegistry.EVERY_GUILD,
                Math.max(0, limit));
    }

    /** Forgets decisions fetched before {@code before}; returns how many. */
    int deleteFetchedBefore(Instant before) {
        return jdbc.update("DELETE FROM article_decision WHERE fetched_at < ?", Timestamp.from(before));
    }

    int count() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM article_decision", Integer.class);
        return count == null ? 0 : count;
    }

    private static Found map(ResultSet rs, int row) throws SQLException {
        var entry = new ArticleDecision.Entry(rs.getLong("feed_id"), rs.getString("link"), rs.getString("title"),
                rs.getTimestamp("fetched_at").toInstant());
        var reading = new ArticleDecision.Reading(rs.getString("label"), rs.getDouble("label_confidence"),
                split(rs.getString("explanation")));
        String event = rs.getString("story_event");
        var filing = event == null ? null
                : new ArticleDecision.Filing(rs.getString("story_key"), event, rs.getString("story_note"));
        String kind = rs.getString("alert_kind");
        var routing = kind == null ? null : new ArticleDecision.Routing(AlertKind.valueOf(kind), rs.getString("stage"),
                rs.getDouble("confidence"), split(rs.getString("players")), split(rs.getString("clubs")),
                split(rs.getString("sources")).stream().map(DecisionStore::source).toList(), split(rs.getString("channels")));
        return new Found(new ArticleDecision(rs.getLong("id"), entry, reading, filing, routing), rs.getString("feed_name"),
                rs.getInt("every_server") > 0);
    }

    /** "2<TAB>fabrizio-romano<TAB>Fabrizio Romano"; names and ids carry no tabs or line breaks. */
    private static String source(SourceRef source) {
        return (source.tier() == null ? "" : source.tier()) + "\t" + (source.id() == null ? "" : source.id()) + "\t"
                + source.name().replaceAll("[\\t\\r\\n]", " ");
    }

    private static SourceRef source(String line) {
        String[] parts = line.split("\t", 3);
        return parts.length < 3 ? new SourceRef(line, null)
                : new SourceRef(parts[2], parts[0].isEmpty() ? null : parts[0], parts[1].isEmpty() ? null : parts[1]);
    }

    /** One item a line, as many whole items as fit. */
    private static String lines(List<String> items, int max) {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            String line = item == null ? "" : item.replaceAll("[\\r\\n]", " ");
            if (text.length() + line.length() + 1 > max) {
                break;
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        return text.toString();
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(lines.split("\n")));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
