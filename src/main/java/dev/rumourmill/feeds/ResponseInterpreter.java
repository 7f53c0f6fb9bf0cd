package dev.rumourmill.feeds;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a final (non-redirect) HTTP response into a result or an error an admin understands. */
final class ResponseInterpreter {

    private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*\"?(\\d+)");

    private ResponseInterpreter() {
    }

    static FetchResult interpret(URI url, HttpResponse<byte[]> response, long maxBodySize, Clock clock)
            throws FeedFetchException {
        HttpHeaders headers = response.headers();
        int status = response.statusCode();
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            return FetchResult.notModified(etag, lastModified, maxAge(headers));
        }
        if (status == 200) {
            byte[] body = ContentDecoding.decode(response.body(), headers.firstValue("Content-Encoding").orElse(null), maxBodySize);
            return new FetchResult(false, body, headers.firstValue("Content-Type").orElse(null), etag, lastModified,
                    maxAge(headers));
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

    static Duration maxAge(HttpHeaders headers) {
        String cacheControl = String.join(",", headers.allValues("Cache-Control"));
        if (cacheControl.contains("no-cache") || cacheControl.contains("no-store")) {
            return null;
        }
        Matcher matcher = MAX_AGE.matcher(cacheControl);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1).length() > 9 ? "999999999" : matcher.group(1))) : null;
    }

    static Duration retryAfter(HttpHeaders headers, Clock clock) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
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
