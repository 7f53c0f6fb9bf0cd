package dev.rumourmill.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The harness itself, spoken to with a plain HTTP client: later features rely on these behaviours. */
class FakeDiscordTest {

    private final FakeDiscord fake = FakeDiscord.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.restBaseUrl() + path))
                .header("Authorization", "Bot test-token")
                .timeout(Duration.ofSeconds(10));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendJson(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Components V2 like Discord: content or embeds beside the flag, a container without it, or taking the flag away are refused")
    void componentsV2IsValidated() throws Exception {
        String channel = fake.defaultChannel().id();
        String card = "{\"type\":17,\"components\":[{\"type\":10,\"content\":\"Konaté\"}]}";

        // WHEN the bot sends V2 with content, a container without the flag, too much text, then a valid V2 message
        var withContent = sendJson("POST", "channels/" + channel + "/messages",
                "{\"flags\":32768,\"content\":\"hi\",\"components\":[" + card + "]}");
        var withEmbeds = sendJson("POST", "channels/" + channel + "/messages",
                "{\"flags\":32768,\"embeds\":[{\"title\":\"t\"}],\"components\":[" + card + "]}");
        var withoutFlag = sendJson("POST", "channels/" + channel + "/messages", "{\"components\":[" + card + "]}");
        String tooLong = "{\"type\":10,\"content\":\"" + "x".repeat(4001) + "\"}";
        var tooMuchText = sendJson("POST", "channels/" + channel + "/messages",
                "{\"flags\":32768,\"components\":[" + tooLong + "]}");
        var valid = sendJson("POST", "channels/" + channel + "/messages", "{\"flags\":32768,\"components\":[" + card + "]}");
        String id = FakeJson.read(valid.body()).path("id").asText();
        var dropFlag = sendJson("PATCH", "channels/" + channel + "/messages/" + id, "{\"flags\":0,\"content\":\"plain\"}");
        var addContent = sendJson("PATCH", "channels/" + channel + "/messages/" + id, "{\"content\":\"plain\"}");
        var editCard = sendJson("PATCH", "channels/" + channel + "/messages/" + id, "{\"components\":[" + card + "]}");

        // THEN each wrong one is a 400 Invalid Form Body (50035) naming the field; only the valid message is kept
        assertThat(withContent.statusCode()).isEqualTo(400);
        assertThat(FakeJson.read(withContent.body()).path("code").asInt()).isEqualTo(50035);
        assertThat(withContent.body()).contains("content").contains("IS_COMPONENTS_V2");
        assertThat(withEmbeds.statusCode()).isEqualTo(400);
        assertThat(withEmbeds.body()).contains("embeds");
        assertThat(withoutFlag.statusCode()).isEqualTo(400);
        assertThat(tooMuchText.statusCode()).isEqualTo(400);
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(dropFlag.statusCode()).isEqualTo(400);
        assertThat(addContent.statusCode()).isEqualTo(400);
        assertThat(editCard.statusCode()).isEqualTo(200);
        assertThat(fake.messagesIn(channel)).singleElement().satisfies(m -> {
            assertThat(m.usesComponentsV2()).isTrue();
            assertThat(m.textDisplays()).containsExactly("Konaté");
            assertThat(m.edits()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("a posted message is answered as a full Message, kept per channel, and edits replace it")
    void messagesAreKeptAndEdited() throws Exception {
        // GIVEN the default channel
        String channel = fake.defaultChannel().id();

        // WHEN the bot posts a message with an embed and then edits it
        var created = sendJson("POST", "channels/" + channel + "/messages",
                "{\"content\":\"first\",\"embeds\":[{\"title\":\"Konaté\"}],\"allowed_mentions\":{\"parse\":[]}}");
        String id = FakeJson.read(created.body()).path("id").asText();
        sendJson("PATCH", "channels/" + channel + "/messages/" + id, "{\"content\":\"second\"}");

        // THEN the answer had what JDA needs, and the channel holds the edited message with its embed
        assertThat(FakeJson.read(created.body()).path("embeds").path(0).path("type").asText()).isEqualTo("rich");
        assertThat(FakeJson.read(created.body()).path("author").path("id").asText()).isEqualTo(fake.botUser().id());
        var messages = fake.messagesIn(channel);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).content()).isEqualTo("second");
        assertThat(messages.get(0).text()).contains("Konaté");
        assertThat(messages.get(0).edits()).isEqualTo(1);
    }

    @Test
    @DisplayName("a deleted channel answers 404 with Discord's code 10003 Unknown Channel")
    void deletedChannel() throws Exception {
        // GIVEN a deleted channel
        FakeChannel channel = fake.defaultChannel();
        fake.deleteChannel(channel, false);

        // WHEN the bot posts to it
        var response = sendJson("POST", "channels/" + channel.id() + "/messages", "{\"content\":\"hello\"}");

        // THEN Discord's error comes back and nothing is kept
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(FakeJson.read(response.body()).path("code").asInt()).isEqualTo(10003);
        assertThat(fake.messagesIn(channel.id())).isEmpty();
    }

    @Test
    @DisplayName("posting where the bot may not send answers 403 Missing Permissions (50013)")
    void missingPermission() throws Exception {
        // GIVEN a channel where @everyone may not send
        try (FakeDiscord restricted = FakeDiscord.builder()
                .withGuild("Quiet", guild -> guild.withTextChannel("read-only", FakePermission.SEND_MESSAGES)).start()) {
            String channel = restricted.guild("Quiet").channel("read-only").id();
            var response = http.send(HttpRequest.newBuilder(URI.create(restricted.restBaseUrl() + "channels/" + channel + "/messages"))
                    .header("Authorization", "Bot t").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"hi\"}")).build(), HttpResponse.BodyHandlers.ofString());

            // THEN
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(FakeJson.read(response.body()).path("code").asInt()).isEqualTo(50013);
        }
    }

    @Test
    @DisplayName("a simulated 429 carries Retry-After, the rate-limit headers and Via, and only hits the next request")
    void rateLimitOnce() throws Exception {
        // GIVEN one 429 queued for channel messages
        String channel = fake.defaultChannel().id();
        fake.failNext("POST", "/channels/\\d+/messages", FakeFailure.rateLimited(Duration.ofMillis(1500)));

        // WHEN the bot posts twice
        var first = sendJson("POST", "channels/" + channel + "/messages", "{\"content\":\"a\"}");
        var second = sendJson("POST", "channels/" + channel + "/messages", "{\"content\":\"b\"}");

        // THEN the first is rate limited the way Discord does it, the second goes through
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(first.headers().firstValue("Via")).isPresent();
        assertThat(first.headers().firstValue("X-RateLimit-Bucket")).isPresent();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(fake.requests("POST", "/channels/\\d+/messages")).extracting(RecordedRequest::status).containsExactly(429, 200);
    }

    @Test
    @DisplayName("a multipart upload is recorded with its payload_json and file names")
    void multipartIsParsed() throws Exception {
        // GIVEN a multipart message with a PNG
        String boundary = "fakeboundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"content\":\"chart\",\"allowed_mentions\":{\"parse\":[]}}\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"chart.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--" + boundary + "--\r\n";

        // WHEN it is posted
        var response = send("POST", "channels/" + fake.defaultChannel().id() + "/messages",
                "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.ISO_8859_1));

        // THEN the JSON part and the file name are recorded, and the answer lists the attachment
        RecordedRequest recorded = fake.awaitRequest("POST", "/channels/\\d+/messages");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorded.json().path("content").asText()).isEqualTo("chart");
        assertThat(recorded.fileNames()).containsExactly("chart.png");
        assertThat(FakeJson.read(response.body()).path("attachments").path(0).path("filename").asText()).isEqualTo("chart.png");
    }

    @Test
    @DisplayName("a missing or rejected token gets 401, and unknown routes 404 naming the route")
    void authAndUnknownRoutes() throws Exception {
        // GIVEN a fake that rejects tokens
        var unknown = sendJson("GET", "guilds/1/nothing-here", "");
        fake.rejectTokens();

        // WHEN the bot asks who it is
        var me = send("GET", "users/@me", null, null);

        // THEN
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("GET /guilds/1/nothing-here");
        assertThat(me.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("ids are real snowflakes whose time is now, not 2015")
    void snowflakesCarryTheCurrentTime() {
        // GIVEN / WHEN a fresh id
        long id = Long.parseLong(FakeIds.next());

        // THEN the time inside it is within a minute of the clock
        long millis = (id >> 22) + FakeIds.DISCORD_EPOCH;
        assertThat(Math.abs(System.currentTimeMillis() - millis)).isLessThan(60_000);
    }
}
