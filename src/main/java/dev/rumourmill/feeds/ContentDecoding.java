package dev.rumourmill.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes gzip/deflate with the same size limit as the raw body, so a small "gzip bomb" that would
 * inflate to gigabytes is stopped at the limit.
 */
final class ContentDecoding {

    private ContentDecoding() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long limit) throws FeedFetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> readBounded(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
                case "deflate" -> inflate(body, limit);
                default -> throw new FeedFetchException("The server compressed the feed with '" + contentEncoding
                        + "', which the bot cannot read.");
            };
        } catch (IOException e) {
            throw new FeedFetchException("The compressed feed is corrupt (" + e.getMessage() + ").", null, e);
        }
    }

    private static byte[] inflate(byte[] body, long limit) throws IOException, FeedFetchException {
        try {
            return readBounded(new InflaterInputStream(new ByteArrayInputStream(body)), limit);
        } catch (java.util.zip.ZipException e) {
            // Some servers send raw deflate without the zlib header the HTTP spec asks for.
            return readBounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), limit);
        }
    }

    private static byte[] readBounded(InputStream in, long limit) throws IOException, FeedFetchException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + (long) read > limit) {
                    throw new FeedFetchException("The feed unpacks to more than " + limit / 1024
                            + " KB (polling.max-body-size); it was cut off. This can be a \"gzip bomb\".");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }
}
