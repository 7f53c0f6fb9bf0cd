package dev.rumourmill.rumours;

/** What a name in an article refers to. */
public enum EntityKind {
    CLUB, PLAYER, SOURCE
}
