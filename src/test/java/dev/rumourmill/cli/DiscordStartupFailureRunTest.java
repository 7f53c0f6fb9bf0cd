package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeDiscord;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static int run(Path config, StringWriter err) {
        CliRun cli = new CliRun().withEnvironment(Map.of("DISCORD_TOKEN", "not-a-real-token"));
        int code = cli.run("run", "--config", config.toString());
        err.write(cli.err());
        return code;
    }
}
