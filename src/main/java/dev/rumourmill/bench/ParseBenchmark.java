package dev.rumourmill.bench;

import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedParseException;
import dev.rumourmill.feeds.RomeFeedParser;
import dev.rumourmill.feeds.SeenEntryStore;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parse + normalise + dedupe throughput beside the raw Rome parse of the same bytes
 * ({@code new SyndFeedInput().build(new XmlReader(stream))}), on generated content-heavy RSS 2.0.
 */
public final class ParseBenchmark {

    /** Items per second both ways, and what ingestion costs relative to raw Rome. */
    public record Result(int feeds, int items, long bytes, double romeItemsPerSecond, double oursItemsPerSecond) {
        public double costRatio() {
            return romeItemsPerSecond / oursItemsPerSecond;
        }
    }

    private ParseBenchmark() {
    }

    public static Result run(int feedCount, int itemsPerFeed, int warmupRounds, int rounds, Clock clock) throws Exception {
        List<byte[]> feeds = new ArrayList<>();
        long bytes = 0;
        for (int f = 0; f < feedCount; f++) {
            byte[] feed = contentHeavyFeed(f, itemsPerFeed, clock.instant()).getBytes(StandardCharsets.UTF_8);
            feeds.add(feed);
            bytes += feed.length;
        }
        RomeFeedParser parser = new RomeFeedParser(clock);
        for (int i = 0; i < warmupRounds; i++) {
            romeRound(feeds);
            oursRound(feeds, parser);
        }
        long romeNanos = 0;
        long oursNanos = 0;
        int items = 0;
        for (int i = 0; i < rounds; i++) {
            // Alternate so that neither side always runs on a warmer or a fuller heap.
            long start = System.nanoTime();
            items = romeRound(feeds);
            romeNanos += System.nanoTime() - start;
            start = System.nanoTime();
            oursRound(feeds, parser);
            oursNanos += System.nanoTime() - start;
        }
        double total = (double) items * rounds;
        return new Result(feedCount, items, bytes, total / (romeNanos / 1e9), total / (oursNanos / 1e9));
    }

    private static int romeRound(List<byte[]> feeds) throws Exception {
        int items = 0;
        for (byte[] feed : feeds) {
            items += new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feed))).getEntries().size();
        }
        return items;
    }

    private static int oursRound(List<byte[]> feeds, RomeFeedParser parser) throws FeedParseException {
        Set<String> seen = new HashSet<>();
        int fresh = 0;
        for (byte[] feed : feeds) {
            for (FeedEntry entry : parser.parse(feed, "application/rss+xml; charset=UTF-8").entries()) {
                fresh += seen.add(SeenEntryStore.key(entry)) ? 1 : 0;
            }
        }
        return fresh;
    }

    /**
     * A feed shaped like a newspaper's: CDATA HTML teaser and full content, media, author, tracking links. Its
     * items are 10 minutes apart, the newest published at {@code newest}.
     */
    static String contentHeavyFeed(int feed, int items, Instant newest) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>Bench feed ").append(feed)
                .append("</title><link>https://bench.example.org/").append(feed).append("</link><description>bench</description>\n");
        for (int i = 0; i < items; i++) {
            String id = feed + "-" + i;
            xml.append("<item><title><![CDATA[Club ").append(feed).append(" closing in on midfielder number ").append(i)
                    .append(" &ndash; reports]]></title><link>https://bench.example.org/news/").append(id)
                    .append("?utm_source=rss&amp;at_medium=RSS</link><guid isPermaLink=\"false\">https://bench.example.org/news/")
                    .append(id).append("#0</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(newest.minusSeconds(600L * i).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate><dc:creator>Bench Reporter</dc:creator><description><![CDATA[<p>The club are said to be ")
                    .append("<b>close</b> to an agreement worth a fee in the region of &pound;30m, with personal terms ")
                    .append("not expected to be a problem.</p>]]></description><content:encoded><![CDATA[");
            for (int p = 0; p < 6; p++) {
                xml.append("<p>Paragraph ").append(p).append(" of the full story: talks between the two clubs continued on ")
                        .append("Friday, with the selling side holding out for a higher fee and add-ons linked to ")
                        .append("appearances. <a href=\"https://bench.example.org/related\">Related</a> &amp; more.</p>");
            }
            xml.append("]]></content:encoded><media:thumbnail width=\"240\" height=\"135\" url=\"https://img.example.org/")
                    .append(id).append(".jpg\"/></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }
}
