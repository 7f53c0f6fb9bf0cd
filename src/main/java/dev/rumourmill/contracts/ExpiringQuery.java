package dev.rumourmill.contracts;

import java.util.List;

/** {@code /expiring club:<name> [within:<months>]}; within defaults to 12 months. */
public record ExpiringQuery(String club, Integer withinMonths) {

    public static final List<Integer> ALLOWED_MONTHS = List.of(6, 12, 18, 24);
    public static final int DEFAULT_MONTHS = 12;

    public ExpiringQuery {
        club = new ClubQuery(club).club();
        withinMonths = withinMonths == null ? DEFAULT_MONTHS : withinMonths;
        if (!ALLOWED_MONTHS.contains(withinMonths)) {
            throw new IllegalArgumentException("within must be 6, 12, 18 or 24 months, not " + withinMonths + ".");
        }
    }
}
