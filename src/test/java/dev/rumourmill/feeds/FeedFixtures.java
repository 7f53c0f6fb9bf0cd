package dev.rumourmill.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** Our own fixture feeds under src/test/resources/feeds, and a fixed clock to read them with. */
final class FeedFixtures {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private FeedFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture feeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fixture file under src/test/resources/feeds (sub-folders too), as names for {@link #bytes}, sorted. */
    static List<String> allFeedFiles() {
        try {
            Path root = Path.of(FeedFixtures.class.getResource("/feeds").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSS 2.0 feed with {@code count} items, item i published i minutes before {@code newest}. */
    static String rssWithItems(String feedTitle, int count, Instant newest) {
        StringBuilder xml = new StringBuilder(200 + count * 400)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(feedTitle).append("</title><link>https://gen.example.org/</link><description>generated</description>\n");
        for (int i = 0; i < count; i++) {
            xml.append("<item><title>Generated story ").append(i).append("</title>")
                    .append("<link>https://gen.example.org/story/").append(i).append("?utm_source=rss</link>")
                    .append("<guid isPermaLink=\"false\">gen-").append(i).append("</guid>")
                    .append("<pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(newest.minusSeconds(60L * i).atOffset(ZoneOffset.UTC))).append("</pubDate>")
                    .append("<description><![CDATA[<p>Paragraph about story ").append(i)
                    .append(" with <b>bold</b> words.</p>]]></description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }
}
