package dev.rumourmill.config;

/** The kinds of story a channel can follow. */
public enum AlertKind {
    RUMOUR, CONFIRMED, DENIAL
}
