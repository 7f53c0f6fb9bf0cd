package dev.rumourmill.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/** Turns a final (non-redirect) HTTP response into a result or an error an admin understands. */
final class ResponseInterpreter {

    private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*\"?(\\d+)");

    private ResponseInterpreter() {
    }

    static FetchResult interpret(URI url, int status, Headers headers, byte[] body, long maxBodySize, Clock clock)
            throws FeedFetchException {
        String etag = headers.get("ETag");
        String lastModified = headers.get("Last-Modified");
        if (status == 304) {
            return FetchResult.notModified(etag, lastModified, maxAge(headers));
        }
        if (status == 200) {
            byte[] decoded = ContentDecoding.decode(body, headers.get("Content-Encoding"), maxBodySize);
            return new FetchResult(false, decoded, headers.get("Content-Type"), etag, lastModified, maxAge(headers));
        }
        throw new FeedFetchException(statusMessage(url, status), retryAfter(headers, clock), null);
    }

    private static String statusMessage(URI url, int status) {
        return switch (status) {
            case 401, 403 -> "The server refuses to give the feed to the bot (HTTP " + status + "). "
                    + "The feed may need a login or block bots.";
            case 404 -> "The server says there is no feed at " + url + " (HTTP 404). Check the URL.";
            case 410 -> "The feed was removed for good (HTTP 410). Remove it from bot-config.yml.";
            case 429 -> "The server says the bot asks too often (HTTP 429); it will wait before trying again.";
            default -> status >= 500
                    ? "The feed's server has a problem (HTTP " + status + "); the bot will try again later."
                    : "The server answered HTTP " + status + " instead of the feed.";
        };
    }

    static Duration maxAge(Headers headers) {
        String cacheControl = String.join(",", headers.values("Cache-Control"));
        if (cacheControl.contains("no-cache") || cacheControl.contains("no-store")) {
            return null;
        }
        Matcher matcher = MAX_AGE.matcher(cacheControl);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1).length() > 9 ? "999999999" : matcher.group(1))) : null;
    }

    static Duration retryAfter(Headers headers, Clock clock) {
        String value = headers.get("Retry-After") == null ? null : headers.get("Retry-After").strip();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(value.length() > 9 ? "999999999" : value));
        }
        try {
            Duration wait = Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
