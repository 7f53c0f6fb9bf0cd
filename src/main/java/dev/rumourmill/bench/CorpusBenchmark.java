package dev.rumourmill.bench;

import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedParseException;
import dev.rumourmill.feeds.RomeFeedParser;
import dev.rumourmill.feeds.SeenEntryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Parse + normalise + dedupe throughput on a directory of feed files, so that the same bytes can be timed
 * with another parser (Node's rss-parser, see docs/performance.md). The files are read into memory first:
 * only parsing is timed.
 */
public final class CorpusBenchmark {

    /** The generated corpus: 400 content-heavy RSS 2.0 feeds of 40 items each. */
    public static final int CORPUS_FEEDS = 400;
    public static final int CORPUS_ITEMS = 40;

    /** Items per second of each measured round, in the order they ran. */
    public record Result(int files, int items, long bytes, double[] roundItemsPerSecond) {
        public double medianItemsPerSecond() {
            double[] sorted = roundItemsPerSecond.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    private CorpusBenchmark() {
    }

    /** Writes the generated corpus as {@code feed-000.xml} … and returns the number of files written. */
    public static int writeCorpus(Path directory, Clock clock) throws IOException {
        Files.createDirectories(directory);
        for (int f = 0; f < CORPUS_FEEDS; f++) {
            String feed = ParseBenchmark.contentHeavyFeed(f, CORPUS_ITEMS, clock.instant());
            Files.writeString(directory.resolve(String.format("feed-%03d.xml", f)), feed, StandardCharsets.UTF_8);
        }
        return CORPUS_FEEDS;
    }

    public static Result run(Path directory, int warmupRounds, int rounds, Clock clock) throws IOException, FeedParseException {
        List<byte[]> feeds = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] feed = Files.readAllBytes(file);
                feeds.add(feed);
                bytes += feed.length;
            }
        }
        RomeFeedParser parser = new RomeFeedParser(clock);
        for (int i = 0; i < warmupRounds; i++) {
            round(feeds, parser);
        }
        double[] perSecond = new double[rounds];
        int items = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            items = round(feeds, parser);
            perSecond[i] = items / ((System.nanoTime() - start) / 1e9);
        }
        return new Result(feeds.size(), items, bytes, perSecond);
    }

    /** Every item parsed, normalised and checked against a seen set; the count of items parsed. */
    private static int round(List<byte[]> feeds, RomeFeedParser parser) throws FeedParseException {
        Set<String> seen = new HashSet<>();
        int items = 0;
        for (byte[] feed : feeds) {
            for (FeedEntry entry : parser.parse(feed, null).entries()) {
                seen.add(SeenEntryStore.key(entry));
                items++;
            }
        }
        return items;
    }
}
