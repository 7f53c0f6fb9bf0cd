package dev.rumourmill.rumours;

import java.util.Locale;

/** How far a move has got. Stages only advance, except that a denial can come at any point. */
public enum StoryStage {
    INTEREST, TALKS, BID, AGREED, MEDICAL, OFFICIAL, DENIED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether moving from this stage to {@code next} is news. */
    boolean advancesTo(StoryStage next) {
        if (next == this) {
            return false;
        }
        if (next == DENIED || this == DENIED) {
            return true;
        }
        return next.ordinal() > ordinal();
    }
}
