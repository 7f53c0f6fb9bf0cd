package dev.rumourmill.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds bot-config.yml: the path given with {@code --config}, else {@code RUMOURMILL_CONFIG}, else
 * {@code bot-config.yml} in the working directory. Only the last may be absent.
 */
public final class ConfigLocation {

    public static final String ENV_VARIABLE = "RUMOURMILL_CONFIG";
    public static final String DEFAULT_FILE = "bot-config.yml";

    private ConfigLocation() {
    }

    /** @return the file to read, or empty when none is named and the default file does not exist */
    public static Optional<Path> resolve(Path explicit, Map<String, String> environment, Path workingDirectory) {
        if (explicit != null) {
            return Optional.of(requireReadable(explicit, "--config"));
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(requireReadable(Path.of(fromEnv.trim()), ENV_VARIABLE));
        }
        Path fallback = workingDirectory.resolve(DEFAULT_FILE);
        return Files.isRegularFile(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    private static Path requireReadable(Path path, String namedBy) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigException("The config file " + path.toAbsolutePath() + " (named by " + namedBy
                    + ") does not exist or cannot be read. Fix: check the path, or copy the bot-config.yml "
                    + "from the Rumour Mill repository there and edit it.");
        }
        return path;
    }
}
