package dev.rumourmill.cli;

import dev.rumourmill.config.BotConfigLoader;
import dev.rumourmill.config.BotProperties;
import dev.rumourmill.config.ConfigLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The bot-config.yml a command reads. {@code --config} itself is declared once, on {@link RootCommand}, and
 * inherited by every sub-command, so {@code --config X run} and {@code run --config X} set the same value;
 * a command mixes this in to read it.
 */
@Command
public class ConfigOption {

    static final String NAME = "--config";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    public Optional<Path> locate(Map<String, String> environment) {
        return ConfigLocation.resolve(givenPath(command), environment, Path.of("").toAbsolutePath());
    }

    public BotProperties load(Map<String, String> environment) {
        return BotConfigLoader.load(locate(environment));
    }

    /** The {@code --config} value wherever on the command line it was given, or null. */
    static Path givenPath(CommandSpec command) {
        OptionSpec option = command == null ? null : command.findOption(NAME);
        return option == null ? null : option.getValue();
    }
}
