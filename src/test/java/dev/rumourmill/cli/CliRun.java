package dev.rumourmill.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line as a user would, keeping what it prints to standard output and to standard error. */
final class CliRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> environment;
    private final Clock clock;

    /** With no environment variables at all, so that the person running the tests cannot change them. */
    CliRun() {
        this(Map.of(), Clock.systemUTC());
    }

    private CliRun(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** A fresh run that sees these environment variables. */
    CliRun withEnvironment(Map<String, String> variables) {
        return new CliRun(variables, clock);
    }

    /** A fresh run whose commands take the time from {@code fixed}. */
    CliRun withClock(Clock fixed) {
        return new CliRun(environment, fixed);
    }

    /** The exit code of the command line with {@code args}. */
    int run(String... args) {
        CommandLine commandLine = CommandLineFactory.create(environment, clock);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** All it printed to standard output so far. */
    String out() {
        return out.toString();
    }

    /** All it printed to standard error so far. */
    String err() {
        return err.toString();
    }
}
