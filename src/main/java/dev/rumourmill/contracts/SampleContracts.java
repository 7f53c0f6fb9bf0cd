package dev.rumourmill.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * The small SAMPLE DATA set written by the team (resource {@code contracts/sample-contracts.json}): loaded
 * when the database has no players, so that preview mode and tests can answer {@code /contract konate}.
 * Every answer from it says "SAMPLE DATA" in its source line.
 */
public final class SampleContracts {

    public static final String LABEL = "SAMPLE DATA";
    /** Contracts change at least every transfer window: older sample data says nothing about today. */
    public static final Period STALE_AFTER = Period.ofMonths(6);
    static final String RESOURCE = "/contracts/sample-contracts.json";

    record File(String notice, String source, String asOf, List<Entry> players) {
    }

    /** One player of the file: who he is and his contract (the file keeps both flat in one object). */
    record Entry(Who who, Terms terms) {

        record Who(String id, String name, List<String> knownAs, String born, String nationality, String position) {
        }

        record Terms(String club, String joined, String expires, String option) {
        }

        @JsonCreator
        static Entry of(@JsonProperty("id") String id, @JsonProperty("name") String name,
                @JsonProperty("knownAs") List<String> knownAs, @JsonProperty("born") String born,
                @JsonProperty("nationality") String nationality, @JsonProperty("position") String position,
                @JsonProperty("club") String club, @JsonProperty("joined") String joined,
                @JsonProperty("expires") String expires, @JsonProperty("option") String option) {
            return new Entry(new Who(id, name, knownAs, born, nationality, position), new Terms(club, joined, expires, option));
        }
    }

    private SampleContracts() {
    }

    /** The sample players as curated contracts; clubs get ids derived from their names. */
    public static List<CuratedContract> load() {
        File file = read();
        if (!file.source().contains(LABEL)) {
            throw new IllegalStateException(RESOURCE + " must say " + LABEL + " in its source");
        }
        LocalDate asOf = LocalDate.parse(file.asOf());
        return file.players().stream().map(e -> {
            Entry.Who who = e.who();
            Entry.Terms terms = e.terms();
            return new CuratedContract(
                    new Player(who.id(), who.name(), who.knownAs(), date(who.born()), who.nationality(), who.position()),
                    new Contract(new Club("sample-" + NameFolding.fold(terms.club()).replace(' ', '-'), terms.club()),
                            date(terms.joined()), date(terms.expires()), terms.option(), ContractSource.CURATED,
                            file.source(), asOf));
        }).toList();
    }

    /**
     * Stores the sample set when the store has no players at all.
     *
     * @return whether it was loaded
     */
    public static boolean loadIfEmpty(ContractStore store) {
        if (store.playerCount() > 0) {
            return false;
        }
        store.upsertCurated(load());
        store.bumpDataVersion();
        return true;
    }

    /** Whether a contract comes from this sample set and its as-of date is more than {@link #STALE_AFTER} ago. */
    public static boolean isStale(String source, LocalDate asOf, LocalDate today) {
        return source != null && source.contains(LABEL) && asOf != null && asOf.plus(STALE_AFTER).isBefore(today);
    }

    /**
     * What to say instead of the contract's status when the sample data is stale: the date it describes and that
     * the contract may have changed since, never "a free agent" or "final six months" as if it were today's news.
     */
    public static ContractStatus staleStatus(LocalDate asOf, LocalDate expires) {
        String ends = expires == null ? "had no end date for him"
                : "gave " + ContractStatusRules.DAY.format(expires) + " as the contract's end";
        return new ContractStatus(ContractStatusKind.UNKNOWN, "Not current: this is SAMPLE DATA as of "
                + ContractStatusRules.DAY.format(asOf) + ", more than " + STALE_AFTER.getMonths() + " months ago. It " + ends
                + "; the contract may have changed since. For today's picture, import current data "
                + "(java -jar rumourmill.jar import-contracts players.csv).", null, List.of());
    }

    /** The as-of date of the sample set, for the start-up notice. */
    public static LocalDate asOf() {
        return LocalDate.parse(read().asOf());
    }

    private static File read() {
        try (InputStream in = SampleContracts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip().toLowerCase(Locale.ROOT));
    }
}
