package dev.rumourmill.system;

import dev.rumourmill.config.RunMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.testsupport.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2InUseRunTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a second bot on an H2 file that one is already using stops with one line naming the first and the fix")
    void secondProcessOnOneH2File() throws Exception {
        // GIVEN a bot in this JVM running on an H2 file
        String url = "jdbc:h2:file:" + dir.resolve("data/rumourmill");
        BotProperties properties = new BotProperties(null, null, null, null, null, new StorageProperties(url, "sa"), null, null);
        Path config = dir.resolve("bot-config.yml");
        Files.writeString(config, "storage:\n  url: " + url + "\n  username: sa\n");
        try (BotRuntime first = BotRuntime.start(properties, new RunMode(Optional.empty()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {

            // WHEN a second bot process is started on the same file
            ChildJvm.Result second = ChildJvm.run("128m", Duration.ofMinutes(3), dir, "--config", config.toString());

            // THEN it exits with 1 and one line naming this process and the fix, without stack traces
            assertThat(second.exitCode()).as(second.err()).isEqualTo(1);
            assertThat(second.errLines()).hasSize(1);
            assertThat(second.errLines().get(0)).startsWith("Error: The H2 database ")
                    .contains("is in use by another Rumour Mill process (pid " + ProcessHandle.current().pid())
                    .contains("Fix: stop that process first");
            assertThat(second.out() + second.err()).doesNotContain("\tat ").doesNotContain("Application run failed");
        }
    }
}
