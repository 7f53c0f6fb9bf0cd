package dev.rumourmill.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@code /contract}: plain values that the discord package renders as an embed.
 *
 * @param expires    null when unknown
 * @param expiresAt  the end of the expiry day (UTC), for Discord's relative timestamp; null when unknown
 * @param clubName   null when no source names a club
 * @param otherSources what lower-ranked sources say where they differ ("reported by …")
 * @param recentRumours rumour stories about the player reported lately, most recent first (feed text: escape it)
 */
public record ContractReply(String playerId, String playerName, String position, String nationality,
        LocalDate dateOfBirth, String clubName, LocalDate expires, Instant expiresAt, ContractStatus status,
        String option, ContractSource sourceKind, String source, LocalDate asOf, List<String> otherSources,
        List<RecentRumour> recentRumours) implements ContractAnswer {

    public ContractReply {
        otherSources = List.copyOf(otherSources);
        recentRumours = recentRumours == null ? List.of() : List.copyOf(recentRumours);
    }

    /** A reply without rumours. */
    public ContractReply(String playerId, String playerName, String position, String nationality, LocalDate dateOfBirth,
            String clubName, LocalDate expires, Instant expiresAt, ContractStatus status, String option,
            ContractSource sourceKind, String source, LocalDate asOf, List<String> otherSources) {
        this(playerId, playerName, position, nationality, dateOfBirth, clubName, expires, expiresAt, status, option,
                sourceKind, source, asOf, otherSources, List.of());
    }

    /** "Source: transfermarkt-datasets players.csv (curated data) · as of 2026-11-24". */
    public String sourceLine() {
        return "Source: " + source + " (" + sourceKind.label() + ") · as of " + asOf;
    }

    public boolean sampleData() {
        return source.contains(SampleContracts.LABEL);
    }
}
