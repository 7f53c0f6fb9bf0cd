package dev.rumourmill.cli;

import dev.rumourmill.config.BotConfigLoader;
import dev.rumourmill.config.ConfigException;
import dev.rumourmill.config.ConfigLocation;
import dev.rumourmill.system.DatabaseUnavailableException;
import dev.rumourmill.system.StartupCheckFailedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the command line and decides how failures look to the person who typed the command: one clear
 * paragraph, no stack trace (set {@code RUMOURMILL_DEBUG=1} to see it).
 */
public final class CommandLineFactory {

    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private CommandLineFactory() {
    }

    public static CommandLine create() {
        return create(System.getenv(), Clock.systemUTC());
    }

    /** The command line with the environment variables and the clock its commands see. */
    static CommandLine create(Map<String, String> environment, Clock clock) {
        CommandLine commandLine = new CommandLine(new RootCommand(), new Commands(environment, clock));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> report(exception, cmd.getErr()));
        commandLine.setExecutionStrategy(parseResult -> {
            Integer help = CommandLine.executeHelpRequest(parseResult);
            if (help != null) {
                return help;
            }
            try {
                checkConfig(parseResult, environment);
            } catch (ConfigException e) {
                return report(e, parseResult.commandSpec().commandLine().getErr());
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine;
    }

    /**
     * Reads the config file before any command runs, so that a missing or broken file stops every command
     * alike (exit 2), whether or not that command uses the file, and wherever {@code --config} was given.
     */
    private static void checkConfig(CommandLine.ParseResult parseResult, Map<String, String> environment) {
        Path given = ConfigOption.givenPath(parseResult.commandSpec());
        BotConfigLoader.load(ConfigLocation.resolve(given, environment, Path.of("").toAbsolutePath()));
    }

    static int report(Exception exception, PrintWriter err) {
        if (System.getenv("RUMOURMILL_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        if (exception instanceof ConfigException) {
            err.println("Configuration error: " + exception.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
        Throwable cause = exception;
        while (cause != null) {
            if (cause instanceof ConfigException || cause instanceof DatabaseUnavailableException
                    || cause instanceof StartupCheckFailedException) {
                err.println((cause instanceof ConfigException ? "Configuration error: " : "Error: ") + cause.getMessage());
                err.flush();
                return cause instanceof ConfigException ? EXIT_USAGE : EXIT_FAILURE;
            }
            cause = cause.getCause();
        }
        err.println("Error: " + (exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage()));
        err.flush();
        return EXIT_FAILURE;
    }

    /** Hands the environment and the clock to the commands that need them; the rest are built as usual. */
    private record Commands(Map<String, String> environment, Clock clock) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Object command;
            if (type == RunCommand.class) {
                command = new RunCommand(environment);
            } else if (type == ImportContractsCommand.class) {
                command = new ImportContractsCommand(environment);
            } else if (type == InspectFeedCommand.class) {
                command = new InspectFeedCommand(environment);
            } else if (type == BenchCommand.Feeds.class) {
                command = new BenchCommand.Feeds(clock);
            } else {
                return CommandLine.defaultFactory().create(type);
            }
            return type.cast(command);
        }
    }
}
