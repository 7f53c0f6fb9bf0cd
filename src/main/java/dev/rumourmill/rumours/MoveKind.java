package dev.rumourmill.rumours;

import java.util.Locale;

/** How a player would move: sold, lent, leaving when his contract ends, or staying on a new contract. */
public enum MoveKind {
    TRANSFER, LOAN, FREE, RENEWAL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a deal type stands for (a permanent deal is a transfer; none said: a transfer). */
    public static MoveKind of(DealType dealType) {
        if (dealType == null) {
            return TRANSFER;
        }
        return switch (dealType) {
            case LOAN -> LOAN;
            case FREE -> FREE;
            case PERMANENT -> TRANSFER;
        };
    }

    public static MoveKind fromWire(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
