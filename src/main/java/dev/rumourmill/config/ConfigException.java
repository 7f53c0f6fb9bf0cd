package dev.rumourmill.config;

/** bot-config.yml could not be used; the message is written for the person who edits the file. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
