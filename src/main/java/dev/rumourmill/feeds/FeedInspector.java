package dev.rumourmill.feeds;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one feed the way the poller would — same fetcher limits, same parser — for admins debugging a
 * feed and for checking ingestion from outside. Sources are URLs or local files.
 */
public final class FeedInspector {

    private final FeedFetcher fetcher;
    private final RomeFeedParser parser;
    private final long maxFileSize;

    public FeedInspector(FeedFetcher fetcher, RomeFeedParser parser, long maxFileSize) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.maxFileSize = maxFileSize;
    }

    /** @throws FeedInspectionException with a message fit for the admin's terminal */
    public ParsedFeed inspect(String source) throws FeedInspectionException {
        try {
            if (isUrl(source)) {
                URI url = URI.create(source.strip());
                FetchResult result = fetcher.fetch(FetchRequest.unconditional(url));
                return parser.parse(result.body(), result.contentType(), url);
            }
            return parser.parse(readFile(Path.of(source)), null);
        } catch (FeedFetchException | FeedParseException e) {
            throw new FeedInspectionException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FeedInspectionException("Not a valid URL: " + e.getMessage(), e);
        }
    }

    private byte[] readFile(Path file) throws FeedInspectionException {
        try {
            if (Files.size(file) > maxFileSize) {
                throw new FeedInspectionException("The file is larger than " + maxFileSize / 1024
                        + " KB (polling.max-body-size), the limit for feeds.", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FeedInspectionException("No such file: " + file, e);
        } catch (IOException e) {
            throw new FeedInspectionException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isUrl(String source) {
        String lower = source.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A source that could not be inspected; the message says why in plain words. */
    public static final class FeedInspectionException extends Exception {
        public FeedInspectionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
