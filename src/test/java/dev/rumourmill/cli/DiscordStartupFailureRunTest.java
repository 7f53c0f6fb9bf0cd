package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.testsupport.LoopbackHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

// Alone: it captures System.out and System.err, where every other running test logs.
@Isolated
class DiscordStartupFailureRunTest {

    @Test
    @DisplayName("a token Discord rejects stops 'run' with exit code 1 and where to get a new token, no stack trace")
    void invalidTokenExitsWithFixIt(@TempDir Path dir) throws Exception {
        // GIVEN a Discord that refuses every token, and a config pointing at it
        try (FakeDiscord fake = FakeDiscord.start()) {
            fake.rejectTokens();
            Path config = dir.resolve("bot-config.yml");
            Files.writeString(config, "discord:\n  rest-base-url: " + fake.restBaseUrl() + "\n"
                    + "storage:\n  url: jdbc:h2:mem:badtoken" + System.nanoTime() + "\n");
            StringWriter err = new StringWriter();

            // WHEN the bot is run with that token
            int code = run(config, err);

            // THEN it exits 1 with one message that says where to get a token
            assertThat(code).isEqualTo(CommandLineFactory.EXIT_FAILURE);
            assertThat(err.toString())
                    .startsWith("Error: Discord rejected the bot token in DISCORD_TOKEN")
                    .contains("https://discord.com/developers/applications")
                    .contains("Reset Token")
                    .doesNotContain("not-a-real-token")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(fake.requests()).anyMatch(request -> request.status() == 401);
        }
    }

    @Test
    @DisplayName("a rest-base-url where nothing answers stops 'run' with exit code 1 naming the URL and the key to check")
    void unreachableServerExitsWithFixIt(@TempDir Path dir) throws Exception {
        // GIVEN a config pointing at a loopback port where nothing listens
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/api/v10/";
        Path config = dir.resolve("bot-config.yml");
        Files.writeString(config, "discord:\n  rest-base-url: " + url + "\n"
                + "storage:\n  url: jdbc:h2:mem:unreachable" + System.nanoTime() + "\n");
        StringWriter err = new StringWriter();

        // WHEN the bot is run
        int code = run(config, err);

        // THEN it exits 1 with one message naming the URL and the config key
        assertThat(code).isEqualTo(CommandLineFactory.EXIT_FAILURE);
        assertThat(err.toString()).startsWith("Error: Cannot reach Discord at " + url)
                .contains("discord.rest-base-url").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a rest-base-url that answers 404 stops 'run' with exit code 1 and one line naming the fix, no stack trace")
    void notFoundServerExitsWithOneLine(@TempDir Path dir) throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer()) {
            // GIVEN a web server that answers 404 to everything, named as the Discord REST API
            server.handle("/", exchange -> LoopbackHttpServer.respond(exchange, 404, "text/html", "<h1>Not Found</h1>"
                    .getBytes(StandardCharsets.UTF_8)));
            String url = server.url("/api/v10/").toString();
            Path config = dir.resolve("bot-config.yml");
            Files.writeString(config, "discord:\n  rest-base-url: " + url + "\n"
                    + "storage:\n  url: jdbc:h2:mem:notfound" + System.nanoTime() + "\n");
            StringWriter err = new StringWriter();

            // WHEN the bot is run, watching everything it logs
            int[] code = new int[1];
            String console = consoleOf(() -> code[0] = run(config, err));

            // THEN it exits 1 with one line that names the URL and the fix, and nothing logged a stack trace
            assertThat(code[0]).isEqualTo(CommandLineFactory.EXIT_FAILURE);
            assertThat(err.toString()).startsWith("Error: Cannot reach Discord at " + url).contains("HTTP 404")
                    .contains("Fix: set discord.rest-base-url").hasLineCount(1);
            assertThat(console).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Failed to start bean");
        }
    }

    @Test
    @DisplayName("a rest-base-url that does not end in /api/v10/ is a configuration error (exit 2) before anything starts")
    void restBaseUrlWithoutApiVersionIsAConfigError(@TempDir Path dir) throws Exception {
        // GIVEN a rest-base-url without the API version
        Path config = dir.resolve("bot-config.yml");
        Files.writeString(config, "discord:\n  rest-base-url: https://discord.com/\n");
        StringWriter err = new StringWriter();

        // WHEN the bot is run
        int code = run(config, err);

        // THEN it is refused with the line and the expected ending
        assertThat(code).isEqualTo(CommandLineFactory.EXIT_USAGE);
        assertThat(err.toString()).startsWith("Configuration error: bot-config.yml line 2: discord.rest-base-url")
                .contains("/api/v10/");
    }

    /** What went to the process's standard output and error (where the log goes) while {@code action} ran. */
    private static String consoleOf(Runnable action) {
        PrintStream out = System.out;
        PrintStream errStream = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(errStream);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static int run(Path config, StringWriter err) {
        CliRun cli = new CliRun().withEnvironment(Map.of("DISCORD_TOKEN", "not-a-real-token"));
        int code = cli.run("run", "--config", config.toString());
        err.write(cli.err());
        return code;
    }
}
