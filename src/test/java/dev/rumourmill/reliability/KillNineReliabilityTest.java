package dev.rumourmill.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeChannel;
import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.PostedMessage;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kill -9 loop of docs/reliability.md, run with {@code ./mvnw -Preliability test} (not in the default
 * build: it takes minutes). Bot processes (the whole app, {@link ReliabilityWorker}) are started one after the
 * other on one PostgreSQL and killed with SIGKILL at random points while two feeds publish the same twenty
 * stories and the fake Discord answers every message slowly; then one last process runs to the end. Expected:
 * every story exactly one first message, each edited to list both outlets — 0 lost, 0 duplicate.
 */
@Tag("reliability")
class KillNineReliabilityTest {

    static final int KILLS = Integer.getInteger("rumourmill.reliability.kills", 12);
    static final Duration STEP = Duration.ofMillis(1500);

    @Test
    @DisplayName("kill -9 at random points while two feeds publish and Discord is slow: 0 lost, 0 duplicate")
    void killNineLoop() throws Exception {
        String classpath = classpath();
        String database = TestDatabase.freshPostgresUrl();
        Random random = new Random(Long.getLong("rumourmill.reliability.seed", System.nanoTime()));
        Path logs = Files.createDirectories(Path.of("target", "reliability-logs"));
        byte[] emptyFeed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
                + "<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8);
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Kop", g -> g.withTextChannel("rumours")).start();
             LoopbackHttpServer feeds = new LoopbackHttpServer()
                     .handle("/mail.xml", e -> LoopbackHttpServer.respond(e, 200, "application/rss+xml", emptyFeed))
                     .handle("/wire.xml", e -> LoopbackHttpServer.respond(e, 200, "application/rss+xml", emptyFeed))) {
            FakeChannel channel = fake.guild("Kop").channel("rumours");
            fake.slowDownMessages(Duration.ofMillis(250));
            int port = feeds.url("/").getPort();
            Instant start = Instant.now().plusSeconds(5);
            List<String> command = List.of(javaBinary(), "-Xmx384m", "-cp", classpath, ReliabilityWorker.class.getName(),
                    fake.restBaseUrl(), database, TestDatabase.POSTGRES_USER, channel.id(),
                    "http://localhost:" + port + "/mail.xml", "http://localhost:" + port + "/wire.xml",
                    Long.toString(start.toEpochMilli()), Long.toString(STEP.toMillis()));

            // GIVEN a bot process killed -9 at a random point, KILLS times over
            List<Long> killedAfterMillis = new ArrayList<>();
            int killedWhileRunning = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                Path log = logs.resolve("worker-" + kill + ".log");
                Process process = start(command, log);
                // One kill in four lands during start-up; the others a random 0.3-4 s after the process is up,
                // while entries are handed on and messages are in flight, however slow the machine is.
                long started = kill % 4 == 0 ? 0 : waitUntilStarted(process, log);
                long runFor = kill % 4 == 0 ? 500 + random.nextInt(2_500) : 300 + random.nextInt(3_700);
                process.waitFor(runFor, TimeUnit.MILLISECONDS);
                process.destroyForcibly().waitFor();
                killedAfterMillis.add(started + runFor);
                if (started > 0) {
                    killedWhileRunning++;
                }
            }

            // WHEN one last process runs until the outbox is drained
            Instant lastStart = Instant.now();
            Process last = start(command, logs.resolve("worker-final.log"));
            JdbcTemplate jdbc = jdbc(database);
            try {
                fake.await("every story published and every alert sent", () -> {
                    try {
                        Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM feed_seen_entry", Integer.class);
                        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM alert_outbox WHERE status <> 'SENT'",
                                Integer.class);
                        return seen != null && seen == 2 * ReliabilityStories.CLUBS.size() && open != null && open == 0
                                ? Optional.of(true) : Optional.empty();
                    } catch (org.springframework.dao.DataAccessException notYet) {
                        // On a slow machine every kill may land before the first process has migrated the schema.
                        return Optional.empty();
                    }
                }, Duration.ofMinutes(6));
            } finally {
                last.destroyForcibly().waitFor();
            }
            Duration drain = Duration.between(lastStart, Instant.now());

            // THEN each story has exactly one first message, and it names both outlets
            List<PostedMessage> firstMessages = fake.messagesIn(channel.id()).stream()
                    .filter(m -> m.request().path("message_reference").isMissingNode()
                            || m.request().path("message_reference").isNull())
                    .toList();
            Map<String, Long> perStory = firstMessages.stream()
                    .collect(Collectors.groupingBy(m -> m.embeds().get(0).path("title").asText(), Collectors.counting()));
            long lost = ReliabilityStories.CLUBS.stream()
                    .filter(club -> perStory.keySet().stream().noneMatch(title -> title.contains("→ " + club))).count();
            long duplicates = perStory.values().stream().mapToLong(n -> n - 1).sum();
            long withBothOutlets = firstMessages.stream()
                    .filter(m -> m.text().contains("Lewis Steele") && m.text().contains("The Athletic")).count();
            int posts = fake.requests("POST", "/channels/" + channel.id() + "/messages").size();
            String report = String.format("kills=%d (%d after start-up; run %s ms before each kill) stories=%d "
                            + "firstMessages=%d lost=%d duplicates=%d withBothOutlets=%d postRequests=%d "
                            + "(resends answered by nonce=%d) lastProcessDrainedIn=%ds%n", KILLS, killedWhileRunning,
                    killedAfterMillis, ReliabilityStories.CLUBS.size(),
                    firstMessages.size(), lost, duplicates, withBothOutlets, posts,
                    posts - fake.messagesIn(channel.id()).size(), drain.toSeconds());
            System.out.print("[reliability] " + report);
            Files.writeString(Path.of("target", "reliability-report.txt"), report);
            assertThat(lost).as("stories lost").isZero();
            assertThat(duplicates).as("duplicate first messages").isZero();
            assertThat(withBothOutlets).as("first messages listing both outlets").isEqualTo(ReliabilityStories.CLUBS.size());
        }
    }

    /** Milliseconds until the worker logs that Spring has started it (at most a minute), or 0 if it never did. */
    private static long waitUntilStarted(Process process, Path log) throws Exception {
        long begin = System.nanoTime();
        while (process.isAlive() && System.nanoTime() - begin < TimeUnit.MINUTES.toNanos(1)) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("Started ReliabilityWorker")) {
                return Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
            }
            Thread.sleep(100);
        }
        return 0;
    }

    private static Process start(List<String> command, Path log) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static JdbcTemplate jdbc(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(TestDatabase.POSTGRES_USER);
        return new JdbcTemplate(dataSource);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** target/classes, target/test-classes and the test dependencies written by the reliability profile. */
    private static String classpath() throws Exception {
        String file = System.getProperty("rumourmill.reliability.classpath", "target/reliability-classpath.txt");
        String dependencies = Files.readString(Path.of(file)).strip();
        return String.join(File.pathSeparator, Path.of("target", "classes").toAbsolutePath().toString(),
                Path.of("target", "test-classes").toAbsolutePath().toString(), dependencies);
    }
}
