package dev.rumourmill.system;

/** The database could not be opened or migrated; the message says how to fix it. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
