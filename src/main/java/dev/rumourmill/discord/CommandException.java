package dev.rumourmill.discord;

/**
 * A command cannot do what was asked because of the input (an unknown player, a missing permission of
 * the user). The message is shown to that user only; nothing is logged as an error.
 */
class CommandException extends RuntimeException {

    public CommandException(String userMessage) {
        super(userMessage);
    }
}
