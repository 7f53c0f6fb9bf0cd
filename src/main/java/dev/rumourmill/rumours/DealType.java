package dev.rumourmill.rumours;

import java.util.Locale;

/** How the player would move. */
public enum DealType {
    PERMANENT, LOAN, FREE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
