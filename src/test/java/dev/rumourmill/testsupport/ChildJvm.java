package dev.rumourmill.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the bot's command line in a separate JVM, as a user starts the jar, with a small heap: what
 * memory a failure costs and what the user sees on the terminal are then the real ones.
 */
public final class ChildJvm {

    /** How the child ended: its exit code, what it printed on each stream, and how long it took. */
    public record Result(int exitCode, String out, String err, Duration took) {
        public List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private ChildJvm() {
    }

    public static Result run(String maxHeap, Duration timeout, Path workDir, String... args) throws IOException, InterruptedException {
        // C1 only: the child lives a few seconds, too short for the optimising compiler to pay for itself.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.rumourmill.RumourMill"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISCORD_TOKEN");
        builder.environment().remove("RUMOURMILL_CONFIG");
        builder.environment().remove("RUMOURMILL_DEBUG");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not finish within " + timeout + "; it printed: "
                    + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), took);
    }
}
