package dev.rumourmill.discord.fake;

import java.time.Duration;
import java.util.Map;

/** A canned error answer for a route, to simulate Discord having a bad day. */
public record FakeFailure(int status, Map<String, String> headers, String body) {

    /**
     * A per-route 429. The {@code Via} header matters: JDA takes a 429 without it for a Cloudflare ban of
     * the whole bot. JDA waits max(Retry-After, retry_after rounded up) seconds, so at least a second.
     */
    public static FakeFailure rateLimited(Duration retryAfter) {
        String seconds = String.valueOf(retryAfter.toMillis() / 1000.0);
        return new FakeFailure(429, Map.of(
                "Retry-After", String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)),
                "X-RateLimit-Limit", "5",
                "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset-After", seconds,
                "X-RateLimit-Bucket", "fake-bucket",
                "X-RateLimit-Scope", "user",
                "Via", "1.1 google"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":" + seconds + ",\"global\":false}");
    }

    public static FakeFailure serverError() {
        return new FakeFailure(500, Map.of(), "{\"message\":\"500: Internal Server Error\",\"code\":0}");
    }

    public static FakeFailure unavailable() {
        return new FakeFailure(503, Map.of(), "{\"message\":\"503: Service Unavailable\",\"code\":0}");
    }

    /** Discord's 50013: the bot lacks a permission for this action. */
    public static FakeFailure missingPermissions() {
        return discordError(403, 50013, "Missing Permissions");
    }

    /** Discord's 50001: no access, e.g. commands in a server the bot was invited to without applications.commands. */
    public static FakeFailure missingAccess() {
        return discordError(403, 50001, "Missing Access");
    }

    /** Discord's 10003: the channel was deleted. */
    public static FakeFailure unknownChannel() {
        return discordError(404, 10003, "Unknown Channel");
    }

    public static FakeFailure unauthorized() {
        return discordError(401, 0, "401: Unauthorized");
    }

    public static FakeFailure discordError(int status, int code, String message) {
        return new FakeFailure(status, Map.of(), "{\"message\":\"" + message + "\",\"code\":" + code + "}");
    }
}
