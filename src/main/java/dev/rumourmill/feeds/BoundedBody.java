package dev.rumourmill.feeds;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads a response body but gives up — and closes the stream — as soon as it grows past the limit, so
 * a 50 MB body costs at most the limit in memory, not 50 MB.
 */
final class BoundedBody {

    /** The body went past the limit; the message is completed by the fetcher, which knows the settings. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super(null, null);
        }
    }

    private static final long CHUNK = 16 * 1024;

    private BoundedBody() {
    }

    static byte[] read(ResponseBody body, long limit) throws IOException {
        if (body.contentLength() > limit) {
            throw new TooLarge();
        }
        BufferedSource source = body.source();
        Buffer bytes = new Buffer();
        while (source.read(bytes, CHUNK) != -1) {
            if (bytes.size() > limit) {
                throw new TooLarge();
            }
        }
        return bytes.readByteArray();
    }
}
