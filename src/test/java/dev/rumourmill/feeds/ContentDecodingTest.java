package dev.rumourmill.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentDecodingTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8);

    private static byte[] deflate(byte[] bytes, boolean zlibHeader) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlibHeader))) {
            deflater.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    @DisplayName("deflate is read with and without the zlib header")
    void deflateBothWays() throws Exception {
        assertThat(ContentDecoding.decode(deflate(FEED, true), "deflate", 1024)).isEqualTo(FEED);
        assertThat(ContentDecoding.decode(deflate(FEED, false), "deflate", 1024)).isEqualTo(FEED);
    }

    @Test
    @DisplayName("corrupt gzip and unknown encodings get clear errors")
    void badEncodings() {
        assertThatThrownBy(() -> ContentDecoding.decode(FEED, "gzip", 1024)).hasMessageStartingWith("The compressed feed is corrupt");
        assertThatThrownBy(() -> ContentDecoding.decode(FEED, "br", 1024)).hasMessageContaining("with 'br'");
    }
}
