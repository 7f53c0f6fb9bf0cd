package dev.rumourmill.feeds;

import java.net.URI;

/**
 * One conditional GET.
 *
 * @param url          the feed URL
 * @param etag         the ETag of the last body we processed, or null
 * @param lastModified the Last-Modified of the last body we processed, or null
 */
public record FetchRequest(URI url, String etag, String lastModified) {

    public static FetchRequest unconditional(URI url) {
        return new FetchRequest(url, null, null);
    }
}
