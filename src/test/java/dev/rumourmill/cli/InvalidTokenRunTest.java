package dev.rumourmill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.discord.fake.FakeDiscord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InvalidTokenRunTest {

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
            CommandLine commandLine = new CommandLine(new RunCommand(Map.of("DISCORD_TOKEN", "not-a-real-token")));
            commandLine.setErr(new PrintWriter(err, true));
            commandLine.setExecutionExceptionHandler(
                    (exception, cmd, parseResult) -> CommandLineFactory.report(exception, cmd.getErr()));

            // WHEN the bot is run with that token
            int code = commandLine.execute("--config", config.toString());

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
}
