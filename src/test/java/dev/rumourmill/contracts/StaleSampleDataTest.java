package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SAMPLE DATA set (as of 1 November 2025) asked about long after it was written. */
class StaleSampleDataTest {

    private TestDatabase db;
    private ContractStore store;

    @BeforeEach
    void sampleData() {
        db = TestDatabase.h2();
        store = new ContractStore(db.dataSource());
        assertThat(SampleContracts.loadIfEmpty(store)).isTrue();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ContractReply konateOn(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        ContractService service = new ContractService(store, new ContractDirectory(store, clock, Duration.ofSeconds(30)),
                LiveContractProvider.NONE, clock);
        return (ContractReply) service.contract(new ContractQuery("konate"));
    }

    @Test
    @DisplayName("sample data more than six months old is labelled with its date and not current, never 'a free agent'")
    void staleSampleDataIsNotPresentedAsCurrent() {
        // GIVEN today is 6 December 2026, 13 months after the sample set's as-of date and after Konaté's sample expiry

        // WHEN a fan asks about Konaté
        ContractReply reply = konateOn("2026-12-06T12:00:00Z");

        // THEN the answer says which date the data describes and that it is not current, and states no status as fact
        assertThat(reply.sampleData()).isTrue();
        assertThat(reply.asOf()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(reply.status().kind()).isEqualTo(ContractStatusKind.UNKNOWN);
        assertThat(reply.status().headline()).startsWith("Not current: this is SAMPLE DATA as of 1 November 2025")
                .contains("gave 30 June 2026 as the contract's end").contains("may have changed since")
                .doesNotContain("free agent").doesNotContain("ended");
        assertThat(reply.status().preContractFrom()).isNull();
    }

    @Test
    @DisplayName("sample data younger than six months still gives the contract's status")
    void freshSampleDataGivesTheStatus() {
        // GIVEN today is 10 January 2026, ten weeks after the as-of date

        // WHEN a fan asks about Konaté
        ContractReply reply = konateOn("2026-01-10T12:00:00Z");

        // THEN his status is stated as usual
        assertThat(reply.status().kind()).isEqualTo(ContractStatusKind.FINAL_SIX_MONTHS);
    }
}
