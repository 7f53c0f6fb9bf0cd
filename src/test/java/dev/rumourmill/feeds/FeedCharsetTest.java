package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedCharsetTest {

    private static final String TITLE = "Jörg Müller à Séville – “deal”";
    private final RomeFeedParser parser = new RomeFeedParser(FeedFixtures.CLOCK);

    private static String feed(String encodingName) {
        return "<?xml version=\"1.0\" encoding=\"" + encodingName + "\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://enc.example.org/</link><description>d</description><item><title>" + TITLE
                + "</title><guid>g1</guid></item></channel></rss>";
    }

    private String firstTitle(byte[] bytes, String contentType) throws FeedParseException {
        return parser.parse(bytes, contentType).entries().get(0).title();
    }

    @Test
    @DisplayName("UTF-16 with a byte-order mark is read correctly")
    void utf16WithBom() throws Exception {
        byte[] bytes = feed("UTF-16").getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM

        assertThat(firstTitle(bytes, null)).isEqualTo(TITLE);
    }

    @Test
    @DisplayName("UTF-16 little-endian without a byte-order mark is recognised from its first bytes")
    void utf16WithoutBom() throws Exception {
        byte[] bytes = feed("UTF-16").getBytes(StandardCharsets.UTF_16LE);

        assertThat(firstTitle(bytes, null)).isEqualTo(TITLE);
    }

    @Test
    @DisplayName("a server claiming ISO-8859-1 for a UTF-8 document is overruled by the valid UTF-8 bytes")
    void wrongHttpCharset() throws Exception {
        byte[] bytes = feed("UTF-8").getBytes(StandardCharsets.UTF_8);

        ParsedFeed parsed = parser.parse(bytes, "text/xml; charset=ISO-8859-1");

        assertThat(parsed.entries().get(0).title()).isEqualTo(TITLE);
        assertThat(parsed.warnings()).anyMatch(w -> w.contains("read it as UTF-8"));
    }

    @Test
    @DisplayName("a windows-1252 document declared as such is read with that charset")
    void declaredLegacyCharset() throws Exception {
        byte[] bytes = feed("windows-1252").getBytes(Charset.forName("windows-1252"));

        assertThat(firstTitle(bytes, "application/rss+xml")).isEqualTo(TITLE);
    }

    @Test
    @DisplayName("invalid UTF-8 bytes become replacement characters with a warning; the feed still parses")
    void invalidUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String xml = feed("UTF-8");
        int cut = xml.indexOf(TITLE);
        out.writeBytes(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'A', (byte) 0xC3, (byte) 0x28, 'B'});
        out.writeBytes(xml.substring(cut + TITLE.length()).getBytes(StandardCharsets.UTF_8));

        ParsedFeed parsed = parser.parse(out.toByteArray(), null);

        assertThat(parsed.entries().get(0).title()).isEqualTo("A\uFFFD(B");
        assertThat(parsed.warnings()).anyMatch(w -> w.contains("not valid UTF-8"));
    }

    @Test
    @DisplayName("a bogus charset name from the server is ignored with a warning")
    void bogusCharsetName() throws Exception {
        ParsedFeed parsed = parser.parse(feed("UTF-8").getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-9000");

        assertThat(parsed.entries().get(0).title()).isEqualTo(TITLE);
        assertThat(parsed.warnings()).anyMatch(w -> w.contains("unknown character set 'utf-9000'"));
    }

    @Test
    @DisplayName("a replacement character the feed really contains is kept without a warning")
    void genuineReplacementCharacter() throws Exception {
        // GIVEN valid UTF-8 that encodes U+FFFD itself
        byte[] bytes = feed("UTF-8").replace(TITLE, "A\uFFFDB").getBytes(StandardCharsets.UTF_8);

        // WHEN it is parsed
        ParsedFeed parsed = parser.parse(bytes, null);

        // THEN the character is there and nothing is reported as invalid
        assertThat(parsed.entries().get(0).title()).isEqualTo("A\uFFFDB");
        assertThat(parsed.warnings()).noneMatch(w -> w.contains("not valid"));
    }
}
