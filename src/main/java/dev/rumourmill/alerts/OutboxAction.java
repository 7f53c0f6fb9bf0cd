package dev.rumourmill.alerts;

/** What a row in the outbox asks for: a new message, an edit of the story's message, or a reply to it. */
public enum OutboxAction {
    POST, EDIT, REPLY
}
