package dev.rumourmill.rumours;

import java.util.Locale;

/** What an article is. */
public enum Label {
    /** Someone reports or expects a move that has not been made official. */
    RUMOUR,
    /** The club (or the player) has made it official: a signing, a loan, a new contract. */
    CONFIRMED,
    /** The player, the agent or the club denies a reported move. */
    DENIAL,
    /** Not transfer news (match reports, tactics, features), even when it says "linked" or "deal". */
    NOT_TRANSFER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Label fromWire(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
