package dev.rumourmill.feeds;

import java.time.Duration;

/**
 * What a fetch brought back.
 *
 * @param notModified  true for 304 Not Modified (body is then empty)
 * @param body         the decoded (un-gzipped) body
 * @param contentType  the Content-Type header, or null
 * @param etag         the new ETag, or null
 * @param lastModified the new Last-Modified, or null
 * @param maxAge       Cache-Control max-age when the server gave one, else null
 */
public record FetchResult(boolean notModified, byte[] body, String contentType, String etag, String lastModified,
                          Duration maxAge) {

    public static FetchResult notModified(String etag, String lastModified, Duration maxAge) {
        return new FetchResult(true, new byte[0], null, etag, lastModified, maxAge);
    }
}
