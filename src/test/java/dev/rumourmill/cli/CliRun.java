package dev.rumourmill.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line as a user would, keeping what it prints to standard output and to standard error. */
final class CliRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The exit code of the command line with {@code args}. */
    int run(String... args) {
        CommandLine commandLine = CommandLineFactory.create();
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
