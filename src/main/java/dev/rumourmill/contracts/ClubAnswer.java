package dev.rumourmill.contracts;

/** What {@code /expiring} and {@code /squad-contracts} answer: the club's list or chart, or that no club was found. */
public sealed interface ClubAnswer permits ExpiringReply, SquadChartReply, NotFound {
}
