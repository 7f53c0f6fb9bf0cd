package dev.rumourmill.cli;

import dev.rumourmill.config.ConfigException;
import dev.rumourmill.system.DatabaseUnavailableException;
import dev.rumourmill.system.StartupCheckFailedException;
import java.io.PrintWriter;
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
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> report(exception, cmd.getErr()));
        return commandLine;
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
}
