package dev.rumourmill.contracts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Picks the contract to show from every source: admin override, then curated data, then the live provider,
 * then news reports. A lower source is only used for what the higher ones do not know (the expiry date);
 * where a lower source disagrees, it is listed beside the answer, never silently merged.
 */
final class ContractPrecedence {

    /** A year-only news report is read as the usual end of a season; the answer says so. */
    static final int REPORTED_MONTH = 6;
    static final int REPORTED_DAY = 30;

    /** The chosen contract (null when no source knows anything) and what the other sources say. */
    public record Effective(Contract contract, List<String> otherSources) {
    }

    private ContractPrecedence() {
    }

    public static Effective choose(PlayerContracts facts, Contract live) {
        Contract curated = facts.curated();
        List<Contract> candidates = new ArrayList<>();
        if (facts.override() != null) {
            candidates.add(fromOverride(facts.override(), curated));
        }
        if (curated != null) {
            candidates.add(curated);
        }
        if (live != null) {
            candidates.add(live);
        }
        facts.reported().stream()
                .max(Comparator.comparing(ReportedContract::reportedOn))
                .map(r -> fromReport(r, curated))
                .ifPresent(candidates::add);
        Contract chosen = candidates.stream().filter(c -> c.expires() != null).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        return new Effective(chosen, others(facts, chosen, curated, live));
    }

    private static Contract fromOverride(ContractOverride o, Contract curated) {
        String source = "admin override by " + o.setBy() + " on " + LocalDate.ofInstant(o.setAt(), ZoneOffset.UTC)
                + (o.note() == null ? "" : " (" + o.note() + ")");
        return new Contract(o.club() != null ? o.club() : curated == null ? null : curated.club(),
                curated == null ? null : curated.joined(), o.expires(), o.option(), ContractSource.ADMIN_OVERRIDE,
                source, LocalDate.ofInstant(o.setAt(), ZoneOffset.UTC));
    }

    private static Contract fromReport(ReportedContract r, Contract curated) {
        return new Contract(curated == null ? null : curated.club(), null,
                LocalDate.of(r.expiryYear(), REPORTED_MONTH, REPORTED_DAY), null, ContractSource.NEWS_REPORTED,
                "reported by " + r.outlet() + " on " + r.reportedOn() + " (year only; 30 June assumed) " + r.articleUrl(),
                r.reportedOn());
    }

    private static List<String> others(PlayerContracts facts, Contract chosen, Contract curated, Contract live) {
        List<String> notes = new ArrayList<>();
        if (chosen == null) {
            return notes;
        }
        if (chosen.kind() == ContractSource.ADMIN_OVERRIDE && curated != null
                && !Objects.equals(curated.expires(), chosen.expires())) {
            notes.add(curated.source() + " (as of " + curated.asOf() + ") says "
                    + (curated.expires() == null ? "unknown" : curated.expires().toString()));
        }
        if (live != null && chosen.kind() != ContractSource.LIVE_PROVIDER && live.expires() != null
                && !live.expires().equals(chosen.expires())) {
            notes.add(live.source() + " says " + live.expires());
        }
        Integer chosenYear = chosen.expires() == null ? null : chosen.expires().getYear();
        facts.reported().stream()
                .filter(r -> chosen.kind() != ContractSource.NEWS_REPORTED || !chosen.source().contains(r.articleUrl().toString()))
                .filter(r -> chosenYear == null || r.expiryYear() != chosenYear)
                .limit(3)
                .forEach(r -> notes.add("reported by " + r.outlet() + " on " + r.reportedOn() + ": expires in "
                        + r.expiryYear() + " (" + r.articleUrl() + ")"));
        return notes;
    }
}
