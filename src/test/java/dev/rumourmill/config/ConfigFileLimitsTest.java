package dev.rumourmill.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.testsupport.ChildJvm;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** bot-config.yml files built to exhaust memory are refused with one message (files generated here, never committed). */
// Alone: one test times child JVMs (well within 5 s), which the suite's other classes would slow down.
@Isolated
class ConfigFileLimitsTest {

    /** The classic "billion laughs": 370 bytes that expand to 9^9 strings. */
    static final String ANCHOR_BOMB = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private Path thirtyMegabyteString() throws IOException {
        Path file = dir.resolve("huge-string.yml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("feeds:\n  - url: https://news.example/rss\n    name: \"");
            char[] chunk = "x".repeat(64 * 1024).toCharArray();
            for (int i = 0; i < 30 * 16; i++) {
                out.write(chunk);
            }
            out.write("\"\n");
        }
        return file;
    }

    private Path twoHundredThousandFeeds() throws IOException {
        Path file = dir.resolve("many-feeds.yml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("feeds:\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("  - url: https://news" + i + ".example/rss\n");
            }
        }
        return file;
    }

    @Test
    @DisplayName("a 370-byte anchor bomb is refused before it is expanded, naming the anchors as the fix")
    void anchorBombIsRefused() throws IOException {
        // GIVEN the billion-laughs file
        Path file = write("bot-config.yml", ANCHOR_BOMB);

        // WHEN it is loaded THEN it is refused with one message
        assertThat(ANCHOR_BOMB.length()).isLessThan(400);
        assertThatThrownBy(() -> BotConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("bot-config.yml: refused, the file is too large once expanded")
                .hasMessageContaining("anchors");
    }

    @Test
    @DisplayName("an anchor that contains itself is refused")
    void recursiveAnchorIsRefused() throws IOException {
        Path file = write("bot-config.yml", "feeds: &loop\n  - *loop\n");

        assertThatThrownBy(() -> BotConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("refers to itself");
    }

    @Test
    @DisplayName("a file over 1 MB is refused by its size, before it is read")
    void oversizedFileIsRefused() throws IOException {
        Path file = thirtyMegabyteString();

        assertThatThrownBy(() -> BotConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("huge-string.yml is 30720 KB; the limit is 1024 KB.");
    }

    @Test
    @DisplayName("more than 5,000 feeds in a file under the size limit are refused with the count and the line")
    void tooManyFeedsAreRefused() throws IOException {
        Path file = write("bot-config.yml", "feeds:\n" + "  - url: https://n.example/\n".repeat(6_000));

        assertThatThrownBy(() -> BotConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage("bot-config.yml line 2: feeds has 6000 entries; the limit is 5000. Fix: split the work "
                        + "between several bots, or remove entries you do not need.");
    }

    @Test
    @DisplayName("a single value over 10,000 characters is refused with its key")
    void overlongValueIsRefused() throws IOException {
        Path file = write("bot-config.yml", "feeds:\n  - url: https://n.example/\n    name: " + "n".repeat(20_000) + "\n");

        assertThatThrownBy(() -> BotConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("bot-config.yml line 3: feeds[0].name is 20000 characters long");
    }

    @Test
    @DisplayName("a few anchors, as people use them to repeat settings, still load")
    void modestAnchorsLoad() throws IOException {
        Path file = write("bot-config.yml", """
                alerts:
                  - channel: "123456789012345678"
                    clubs: &reds [Liverpool]
                  - channel: "123456789012345679"
                    clubs: *reds
                """);

        assertThat(BotConfigLoader.load(file).alerts()).hasSize(2);
    }

    @Test
    @DisplayName("the bombs, a 30 MB string and 200,000 feeds stop the real command line with exit 2 and one line, "
            + "in a 64 MB heap")
    void hostileFilesExitTwoWithOneLine() throws Exception {
        // GIVEN the three hostile files of the issue
        Path[] files = {write("bomb.yml", ANCHOR_BOMB), thirtyMegabyteString(), twoHundredThousandFeeds()};

        for (Path file : files) {
            // WHEN the bot is started with each in a JVM with a 64 MB heap
            ChildJvm.Result result = ChildJvm.run("64m", Duration.ofMinutes(2), dir, "--config", file.toString());

            // THEN it exits with 2 and one line saying what is wrong (the 2-minute limit above catches a hang; how fast
            // it refuses is not asserted here: a test timing a JVM start fails on a busy machine, not on a slow bot)
            assertThat(result.exitCode()).as(file + ": " + result.err()).isEqualTo(2);
            assertThat(result.errLines()).as(file.toString()).hasSize(1);
            assertThat(result.errLines().get(0)).startsWith("Configuration error: ").contains("Fix:");
            assertThat(result.err() + result.out()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        }
    }
}
