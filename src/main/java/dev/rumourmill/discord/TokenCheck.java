package dev.rumourmill.discord;

import dev.rumourmill.config.DiscordProperties;
import dev.rumourmill.config.DiscordToken;
import dev.rumourmill.config.AppVersion;
import dev.rumourmill.system.StartupCheckFailedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code GET users/@me} before JDA starts, so that the two commonest set-up mistakes (a wrong token,
 * a wrong {@code discord.rest-base-url}) end in one clear message instead of JDA's stack traces.
 */
final class TokenCheck {

    private static final Logger log = LoggerFactory.getLogger(TokenCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    static final String INVALID_TOKEN = "Discord rejected the bot token in DISCORD_TOKEN (401 Unauthorized). "
            + "Fix: open https://discord.com/developers/applications, choose your application > Bot > Reset Token, "
            + "and put the new token in DISCORD_TOKEN (the bot token, not the client secret or application id).";

    private TokenCheck() {
    }

    static void verify(URI restBaseUrl, DiscordToken token) {
        HttpRequest request = HttpRequest.newBuilder(restBaseUrl.resolve("users/@me"))
                .header("Authorization", "Bot " + token.value())
                .header("User-Agent", "DiscordBot (https://github.com/rumourmill, " + AppVersion.current() + ")")
                .timeout(TIMEOUT)
                .GET()
                .build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        int status;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw unreachable(restBaseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupCheckFailedException("Interrupted while checking the bot token.", e);
        }
        if (status == 401) {
            throw new StartupCheckFailedException(INVALID_TOKEN);
        }
        if (status == 404 || status == 405 || status == 410 || (status >= 300 && status < 400)) {
            // Discord answers 200 or 401 here; a "no such page" means the address is not a Discord REST API.
            throw new StartupCheckFailedException("Cannot reach Discord at " + restBaseUrl + ": it answered HTTP " + status
                    + " to GET users/@me, so it is not Discord's REST API. Fix: set discord.rest-base-url in "
                    + "bot-config.yml to " + DiscordProperties.DISCORD_API + " (or your proxy's address ending in /api/v10/).");
        }
        if (status != 200) {
            // Rate limits and outages are JDA's to retry; only a definite "no" stops the start.
            log.warn("Checking the bot token got HTTP {} from {}; connecting anyway", status, restBaseUrl);
        }
    }

    static StartupCheckFailedException unreachable(URI restBaseUrl, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new StartupCheckFailedException("Cannot reach Discord at " + restBaseUrl + " (" + reason + "). "
                + "Fix: check the network connection, or discord.rest-base-url in bot-config.yml.", cause);
    }
}
