package dev.rumourmill.config;

/**
 * How an alert looks in Discord: the classic embed, or Discord's message components (Components V2: a container
 * with text, a thumbnail beside the summary and a link button). Written {@code embed} / {@code components}.
 */
public enum AlertStyle {
    EMBED,
    COMPONENTS
}
