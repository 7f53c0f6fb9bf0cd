package dev.rumourmill.system;

import dev.rumourmill.config.RunMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.HealthProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HealthEndpointTest {

    @Test
    @DisplayName("with health.port set, GET /health on loopback answers 200 ok while the database works")
    void healthAnswers() throws Exception {
        // GIVEN a free port and the bot started with the health check on it
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        BotProperties properties = new BotProperties(null, null, null, null, null,
                new StorageProperties(TestDatabase.migratedH2Url("health"), "sa"),
                new HealthProperties(port, null), null);

        try (BotRuntime ignored = BotRuntime.start(properties, new RunMode(Optional.empty()),
                new PrintStream(new ByteArrayOutputStream()))) {
            // WHEN the health check is asked
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            // THEN it says ok
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok\n");
        }
    }
}
