package dev.rumourmill.reliability;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.DiscordProperties;
import dev.rumourmill.config.DiscordToken;
import dev.rumourmill.config.FeedProperties;
import dev.rumourmill.config.PollingProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.discord.DiscordSession;
import dev.rumourmill.feeds.EntryIngestor;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.system.BotRuntime;
import dev.rumourmill.config.RunMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One bot process of the kill -9 loop: the whole app (real JDA against the test's fake Discord, PostgreSQL)
 * plus two feeds that publish the same stories on a wall-clock schedule. Each feed's entries go through the
 * app's own EntryIngestor (seen-entry claim, pipeline, outbox in one transaction per entry), exactly as a poll
 * hands them on; a restarted process skips what is already seen and goes on. Killed with SIGKILL by the test.
 *
 * <p>Arguments: restBaseUrl jdbcUrl jdbcUser channelId mailFeedUrl wireFeedUrl scheduleStartMillis stepMillis
 */
public final class ReliabilityWorker {

    private ReliabilityWorker() {
    }

    public static void main(String[] args) throws Exception {
        String channel = args[3];
        URI mailUrl = URI.create(args[4]);
        URI wireUrl = URI.create(args[5]);
        Instant start = Instant.ofEpochMilli(Long.parseLong(args[6]));
        Duration step = Duration.ofMillis(Long.parseLong(args[7]));
        var discord = new DiscordProperties(URI.create(args[0]), null, null, null, null, null);
        var polling = new PollingProperties(Duration.ZERO, null, null, null, null, null, List.of("localhost"));
        var route = new AlertRouteProperties(channel, null, null, null, null, null, null, new AlertRouteProperties.Post(null, null, 1000, null));
        var properties = new BotProperties(discord, List.of(new FeedProperties(mailUrl, "Mail feed", null, null),
                new FeedProperties(wireUrl, "Wire feed", null, null)), polling, List.of(route), null,
                new StorageProperties(args[1], args[2]), null, null);
        BotRuntime runtime = BotRuntime.start(properties, new RunMode(Optional.of(new DiscordToken("fake-bot-token"))),
                System.out);
        runtime.context().getBean(DiscordSession.class).awaitReady(Duration.ofSeconds(60));
        EntryIngestor ingestor = runtime.context().getBean(EntryIngestor.class);
        JdbcTemplate jdbc = new JdbcTemplate(runtime.context().getBean(DataSource.class));
        FeedSource mail = feed(jdbc, mailUrl);
        FeedSource wire = feed(jdbc, wireUrl);
        Thread mailThread = publisher(ingestor, mail, ReliabilityStories::mail, start, step);
        Thread wireThread = publisher(ingestor, wire, ReliabilityStories::wire, start, step);
        mailThread.join();
        wireThread.join();
        System.out.println("[worker] every story published; delivering until stopped");
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Publishes story i at start + i × step, again and again as a feed does; seen entries are skipped. */
    private static Thread publisher(EntryIngestor ingestor, FeedSource feed, BiFunction<Integer, Instant, FeedEntry> story,
            Instant start, Duration step) {
        Thread thread = new Thread(() -> {
            int total = ReliabilityStories.CLUBS.size();
            while (true) {
                long due = Math.min(total, Duration.between(start, Instant.now()).toMillis() / step.toMillis() + 1);
                List<FeedEntry> entries = new ArrayList<>();
                for (int i = 0; i < due; i++) {
                    entries.add(story.apply(i, start));
                }
                try {
                    ingestor.ingest(feed, entries, false, Instant.now());
                } catch (RuntimeException e) {
                    System.out.println("[worker] ingest failed, retried: " + e);
                }
                if (due == total) {
                    // One more round so that an entry rolled back just now is handed on again.
                    ingestor.ingest(feed, entries, false, Instant.now());
                    return;
                }
                sleep(ThreadLocalRandom.current().nextLong(50, 400));
            }
        }, "publisher-" + feed.name());
        thread.start();
        return thread;
    }

    private static FeedSource feed(JdbcTemplate jdbc, URI url) {
        for (int attempt = 0; attempt < 600; attempt++) {
            List<FeedSource> found = jdbc.query("SELECT feed_id, url, name, interval_seconds, preview FROM feed WHERE url = ?",
                    (rs, i) -> new FeedSource(rs.getLong(1), URI.create(rs.getString(2)), rs.getString(3),
                            Duration.ofSeconds(rs.getInt(4)), rs.getInt(5)), url.toString());
            if (!found.isEmpty()) {
                return found.get(0);
            }
            sleep(100);
        }
        throw new IllegalStateException("feed " + url + " was never registered");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
