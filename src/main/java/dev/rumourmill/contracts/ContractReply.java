package dev.rumourmill.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@code /contract}: plain values that the discord package renders as an embed.
 *
 * @param recentRumours rumour stories about the player reported lately, most recent first (feed text: escape it)
 */
public record ContractReply(Player player, Terms terms, Provenance provenance, List<RecentRumour> recentRumours)
        implements ContractAnswer {

    /**
     * What the contract says, as far as it is known.
     *
     * @param clubName  null when no source names a club
     * @param expires   null when unknown
     * @param expiresAt the end of the expiry day (UTC), for Discord's relative timestamp; null when unknown
     */
    public record Terms(String clubName, LocalDate expires, Instant expiresAt, ContractStatus status, String option) {

        /** Nothing known but the status the rules give for an unknown contract. */
        public static Terms unknown(ContractStatus status) {
            return new Terms(null, null, null, status, null);
        }
    }

    /**
     * Where the answer came from.
     *
     * @param otherSources what lower-ranked sources say where they differ ("reported by …")
     */
    public record Provenance(ContractSource sourceKind, String source, LocalDate asOf, List<String> otherSources) {
        public Provenance {
            otherSources = otherSources == null ? List.of() : List.copyOf(otherSources);
        }
    }

    public ContractReply {
        recentRumours = recentRumours == null ? List.of() : List.copyOf(recentRumours);
    }

    /** "Source: transfermarkt-datasets players.csv (curated data) · as of 2026-11-24". */
    public String sourceLine() {
        return "Source: " + source() + " (" + sourceKind().label() + ") · as of " + asOf();
    }

    public boolean sampleData() {
        return source().contains(SampleContracts.LABEL);
    }

    public String playerId() {
        return player.id();
    }

    public String playerName() {
        return player.name();
    }

    public String position() {
        return player.position();
    }

    public String nationality() {
        return player.nationality();
    }

    public LocalDate dateOfBirth() {
        return player.dateOfBirth();
    }

    public String clubName() {
        return terms.clubName();
    }

    public LocalDate expires() {
        return terms.expires();
    }

    public Instant expiresAt() {
        return terms.expiresAt();
    }

    public ContractStatus status() {
        return terms.status();
    }

    public String option() {
        return terms.option();
    }

    public ContractSource sourceKind() {
        return provenance.sourceKind();
    }

    public String source() {
        return provenance.source();
    }

    public LocalDate asOf() {
        return provenance.asOf();
    }

    public List<String> otherSources() {
        return provenance.otherSources();
    }
}
