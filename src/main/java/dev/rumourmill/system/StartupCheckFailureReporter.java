package dev.rumourmill.system;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Keeps Spring from logging "Application run failed" with a stack trace when a start-up check failed or
 * the database could not be opened:
 * the command line prints that failure's fix-it message on its own (see cli/CommandLineFactory).
 */
class StartupCheckFailureReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupCheckFailedException || cause instanceof DatabaseUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
