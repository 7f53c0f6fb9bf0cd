package dev.rumourmill.contracts;

/** A players file that cannot be read at all (as opposed to single bad rows, which are skipped). */
class InvalidPlayersFileException extends RuntimeException {

    public InvalidPlayersFileException(String message) {
        super(message);
    }
}
