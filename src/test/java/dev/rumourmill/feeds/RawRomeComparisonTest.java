package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Side by side with Rome 2.1.0 used the textbook way ({@code SyndFeedInput} over {@code XmlReader}) on the same
 * bytes: wrapping Rome for safety and speed must never cost a feed that plain Rome reads.
 */
class RawRomeComparisonTest {

    private static final URI FEED_URL = URI.create("https://feeds.example.org/football/feed.xml");

    private final RomeFeedParser parser = new RomeFeedParser(FeedFixtures.CLOCK);

    @Test
    @DisplayName("every fixture feed that raw Rome reads, the bot reads too, so it never reads fewer")
    void neverFewerThanRawRome() {
        // GIVEN every fixture feed we wrote, hostile and broken ones included
        List<String> files = FeedFixtures.allFeedFiles();

        // WHEN each is read by raw Rome and by the bot
        List<String> romeReads = new ArrayList<>();
        List<String> botReads = new ArrayList<>();
        for (String file : files) {
            byte[] bytes = FeedFixtures.bytes(file);
            boolean rome = rawRomeReads(bytes);
            boolean bot = botReads(bytes);
            if (rome) {
                romeReads.add(file);
            }
            if (bot) {
                botReads.add(file);
            }
            System.out.printf("conformance %-55s rome=%-5s bot=%s%n", file, rome, bot);
        }
        System.out.printf("conformance total: %d files, raw Rome read %d, the bot read %d%n",
                files.size(), romeReads.size(), botReads.size());

        // THEN nothing raw Rome reads is lost, and the quirk fixtures put the bot ahead
        assertThat(botReads).containsAll(romeReads);
        assertThat(botReads.size()).isGreaterThan(romeReads.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "conformance/rss2-blank-line-then-bom.xml",
            "conformance/rss2-default-namespace-atom-clash.xml",
            "conformance/rss2-default-namespace-rss1-clash.xml",
            "conformance/atom03-namespace-without-hash.xml",
            "conformance/atom03-namespace-draft-echo.xml",
            "conformance/atom03-namespace-uppercase.xml",
            "conformance/atom03-no-namespace.xml",
            "conformance/atom10-namespace-trailing-slash.xml",
            "conformance/atom03-base64-content.xml",
            "conformance/atom03-base64-title-and-summary.xml"})
    @DisplayName("quirk feeds that raw Rome refuses are read by the bot")
    void readsWhatRawRomeRefuses(String file) {
        // GIVEN a quirk fixture
        byte[] bytes = FeedFixtures.bytes(file);

        // WHEN / THEN raw Rome fails on it and the bot reads its entries
        assertThat(rawRomeReads(bytes)).as("raw Rome reads " + file).isFalse();
        assertThat(botReads(bytes)).as("the bot reads " + file).isTrue();
    }

    /** Read means: no exception and at least one entry (every fixture that is a feed has entries). */
    private boolean botReads(byte[] bytes) {
        try {
            return !parser.parse(bytes, null, FEED_URL).entries().isEmpty();
        } catch (FeedParseException e) {
            return false;
        }
    }

    private static boolean rawRomeReads(byte[] bytes) {
        try {
            return !new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes))).getEntries().isEmpty();
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }
}
