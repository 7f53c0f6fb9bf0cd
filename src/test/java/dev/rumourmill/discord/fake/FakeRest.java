package dev.rumourmill.discord.fake;

import static dev.rumourmill.discord.fake.FakeJson.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST half of the fake: answers the routes JDA uses and records every request. */
final class FakeRest {

    static final String API_PREFIX = "/api/v10";

    /** What the fake answers: a status, a body (JSON or empty) and extra headers. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer json(Object value) {
            return new Answer(200, FakeJson.write(value), Map.of());
        }

        static Answer noContent() {
            return new Answer(204, "", Map.of());
        }

        static Answer of(FakeFailure failure) {
            return new Answer(failure.status(), failure.body(), failure.headers());
        }
    }

    private interface Route {
        Answer answer(Matcher path, JsonNode body, List<String> files);
    }

    private record RouteEntry(String method, Pattern path, Route route) {
    }

    private static final String ID = "(\\d+)";
    private static final String TOKEN = "([^/]+)";

    private final FakeDiscord discord;
    private final HttpServer server;
    private final List<RouteEntry> routes = new ArrayList<>();

    FakeRest(FakeDiscord discord) {
        this.discord = discord;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "fake-discord-rest");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        defineRoutes();
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX + "/";
    }

    private void defineRoutes() {
        // max_concurrency as Discord grants large bots: with 1, JDA waits 5 s between two shards' IDENTIFYs,
        // a wait of the real gateway's that no test is about.
        route("GET", "/gateway/bot", (path, body, files) -> Answer.json(obj("url", discord.gatewayUrl(),
                "shards", discord.recommendedShards(),
                "session_start_limit", obj("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", 16))));
        route("GET", "/gateway", (path, body, files) -> Answer.json(obj("url", discord.gatewayUrl())));
        route("GET", "/users/@me", (path, body, files) -> Answer.json(FakeJson.user(discord.botUser())));
        route("GET", "/(?:oauth2/)?applications/@me", (path, body, files) -> Answer.json(obj("id", discord.applicationId(),
                "name", discord.botUser().name(), "description", "", "icon", null, "bot_public", true,
                "bot_require_code_grant", false, "flags", 0, "verify_key", "", "team", null,
                "owner", FakeJson.user(FakeUser.named("owner")))));
        route("PUT", "/applications/" + ID + "/commands",
                (path, body, files) -> Answer.json(discord.registerCommands(null, body)));
        route("PUT", "/applications/" + ID + "/guilds/" + ID + "/commands",
                (path, body, files) -> Answer.json(discord.registerCommands(path.group(2), body)));
        route("GET", "/applications/" + ID + "/commands",
                (path, body, files) -> Answer.json(discord.registeredCommandsJson(null)));
        route("GET", "/applications/" + ID + "/guilds/" + ID + "/commands",
                (path, body, files) -> Answer.json(discord.registeredCommandsJson(path.group(2))));
        route("POST", "/interactions/" + ID + "/" + TOKEN + "/callback", (path, body, files) -> Answer.noContent());
        route("GET", "/webhooks/" + ID + "/" + TOKEN + "/messages/@original",
                (path, body, files) -> Answer.json(discord.messages().interactionMessage(path.group(2), "@original", null, List.of())));
        route("PATCH", "/webhooks/" + ID + "/" + TOKEN + "/messages/(@original|\\d+)",
                (path, body, files) -> Answer.json(discord.messages().interactionMessage(path.group(2), path.group(3), body, files)));
        route("DELETE", "/webhooks/" + ID + "/" + TOKEN + "/messages/(@original|\\d+)", (path, body, files) -> Answer.noContent());
        route("POST", "/webhooks/" + ID + "/" + TOKEN,
                (path, body, files) -> Answer.json(discord.messages().interactionMessage(path.group(2), FakeIds.next(), body, files)));
        route("GET", "/channels/" + ID, (path, body, files) -> discord.messages().channelAnswer(path.group(1)));
        route("POST", "/channels/" + ID + "/messages",
                (path, body, files) -> {
                    discord.pauseForMessage();
                    return discord.messages().postMessage(path.group(1), body, files);
                });
        route("PATCH", "/channels/" + ID + "/messages/" + ID,
                (path, body, files) -> {
                    discord.pauseForMessage();
                    return discord.messages().editMessage(path.group(1), path.group(2), body, files);
                });
        route("POST", "/channels/" + ID + "/messages/" + ID + "/threads",
                (path, body, files) -> discord.threads().startOnMessage(path.group(1), path.group(2), body));
        route("POST", "/channels/" + ID + "/threads",
                (path, body, files) -> discord.threads().startForumPost(path.group(1), body, files));
        route("POST", "/channels/" + ID + "/messages/" + ID + "/crosspost",
                (path, body, files) -> discord.threads().publish(path.group(1), path.group(2)));
        route("PATCH", "/channels/" + ID, (path, body, files) -> discord.threads().modify(path.group(1), body));
        route("GET", "/channels/" + ID + "/messages/" + ID,
                (path, body, files) -> discord.messages().getMessage(path.group(1), path.group(2)));
        route("DELETE", "/channels/" + ID + "/messages/" + ID,
                (path, body, files) -> discord.messages().deleteMessage(path.group(1), path.group(2)));
    }

    private void route(String method, String pathRegex, Route route) {
        routes.add(new RouteEntry(method, Pattern.compile(pathRegex), route));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String rawPath = exchange.getRequestURI().getRawPath();
            String path = rawPath.startsWith(API_PREFIX) ? rawPath.substring(API_PREFIX.length()) : rawPath;
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode json;
            List<String> files = List.of();
            if (Multipart.isMultipart(contentType)) {
                Multipart.Parsed parsed = Multipart.parse(contentType, bytes);
                json = FakeJson.read(parsed.payloadJson());
                files = parsed.fileNames();
            } else {
                json = FakeJson.read(new String(bytes, StandardCharsets.UTF_8));
            }
            Answer answer = answer(method, path, exchange.getRequestHeaders().getFirst("Authorization"), json, files);
            discord.record(new RecordedRequest(method, path, query, headers(exchange), json, files, answer.status(), Instant.now()));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (body.length > 0) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private Answer answer(String method, String path, String authorization, JsonNode json, List<String> files) {
        if (authorization == null || !authorization.startsWith("Bot ")
                || !discord.acceptsToken(authorization.substring("Bot ".length()))) {
            return Answer.of(FakeFailure.unauthorized());
        }
        var failure = discord.takeFailure(method, path);
        if (failure.isPresent()) {
            return Answer.of(failure.get());
        }
        for (RouteEntry entry : routes) {
            Matcher matcher = entry.path().matcher(path);
            if (entry.method().equals(method) && matcher.matches()) {
                try {
                    Answer answer = entry.route().answer(matcher, json, files);
                    var lostAnswer = discord.takeFailureAfterAccepting(method, path);
                    return lostAnswer.isPresent() ? Answer.of(lostAnswer.get()) : answer;
                } catch (RuntimeException e) {
                    return new Answer(500, FakeJson.write(obj("message", "fake Discord failed: " + e, "code", 0)), Map.of());
                }
            }
        }
        return Answer.of(FakeFailure.discordError(404, 0, "404: Not Found (the fake Discord has no route " + method + " " + path + ")"));
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                name.equalsIgnoreCase("Authorization") ? "***" : String.join(",", values)));
        return headers;
    }
}
