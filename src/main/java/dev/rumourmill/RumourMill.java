package dev.rumourmill;

import dev.rumourmill.cli.CommandLineFactory;

/** The jar's entry point: hands the arguments to the command line and exits with its code. */
public final class RumourMill {

    private RumourMill() {
    }

    public static void main(String[] args) {
        int exitCode = CommandLineFactory.create().execute(args);
        // The run command returns only after the bot was stopped; every command is done here.
        System.exit(exitCode);
    }
}
