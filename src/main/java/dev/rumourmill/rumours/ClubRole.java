package dev.rumourmill.rumours;

import java.util.Locale;

/** What a club is to a player in one article: where he would go, where he is now, or neither. */
enum ClubRole {
    DESTINATION, CURRENT, OTHER;

    String outcome() {
        return name().toLowerCase(Locale.ROOT);
    }
}
