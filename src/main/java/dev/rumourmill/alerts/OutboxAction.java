package dev.rumourmill.alerts;

/**
 * What a row in the outbox asks for: a new message, an edit of the story's message, or a reply to it (in the
 * story's thread when it has one); THREAD starts the story's thread on its message ({@code as: thread}), PUBLISH
 * crossposts a sent message from an announcement channel ({@code as: announcement}, in its own lane).
 */
public enum OutboxAction {
    POST, EDIT, REPLY, THREAD, PUBLISH;

    /** Whether sending this row makes a new message (which counts towards the channel's hourly cap). */
    boolean postsNew() {
        return this == POST || this == REPLY;
    }
}
