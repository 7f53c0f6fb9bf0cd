package dev.rumourmill.system;

import dev.rumourmill.config.RunMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.StorageProperties;
import dev.rumourmill.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreviewModeRunTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("without a token the whole app starts in preview mode, says so, registers itself and stops cleanly")
    void previewModeStartsAndStops(TestDatabase.Kind kind) {
        // GIVEN a config with no feeds and a fresh database of the given kind, and no DISCORD_TOKEN
        String url = kind == TestDatabase.Kind.H2
                ? "jdbc:h2:mem:preview" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"
                : TestDatabase.freshPostgresUrl();
        BotProperties properties = new BotProperties(null, null, null, null, null,
                new StorageProperties(url, kind == TestDatabase.Kind.H2 ? "sa" : TestDatabase.POSTGRES_USER), null, null);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();

        // WHEN the bot runs
        BotRuntime runtime = BotRuntime.start(properties, new RunMode(Optional.empty()),
                new PrintStream(captured, true, StandardCharsets.UTF_8));

        // THEN it prints the preview line, its instance is registered, and close() stops it
        try (runtime) {
            assertThat(captured.toString(StandardCharsets.UTF_8)).contains(PreviewModeNotice.LINE);
            assertThat(runtime.context().getBean(RunningInstance.class).activeInstances()).isEqualTo(1);
        }
        assertThat(runtime.context().isActive()).isFalse();
        runtime.awaitStop();
    }
}
