package dev.rumourmill.system;

/**
 * A start-up check found a problem the user has to fix (a rejected bot token, an unreachable server).
 * The message is written for them and already says how to fix it, so no stack trace is shown.
 */
public class StartupCheckFailedException extends RuntimeException {

    public StartupCheckFailedException(String message) {
        super(message);
    }

    public StartupCheckFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
