package dev.rumourmill.cli;

import dev.rumourmill.config.BotConfigLoader;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.ConfigLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by every command that reads bot-config.yml. */
public class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "bot-config.yml to use (default: $RUMOURMILL_CONFIG, else ./bot-config.yml if present)")
    Path path;

    public Optional<Path> locate(Map<String, String> environment) {
        return ConfigLocation.resolve(path, environment, Path.of("").toAbsolutePath());
    }

    public BotProperties load(Map<String, String> environment) {
        return BotConfigLoader.load(locate(environment));
    }
}
