package dev.rumourmill.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContractStatusRulesTest {

    private static final LocalDate BORN_1999 = LocalDate.of(1999, 5, 25);
    private static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 30);

    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    @DisplayName("a 30 June expiry opens the pre-contract window on 1 January")
    void juneExpiryOpensInJanuary() {
        assertThat(ContractStatusRules.preContractFrom(JUNE_2026)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ContractStatusRules.preContractFrom(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    @DisplayName("in the final six months the answer says a pre-contract abroad has been possible since the date")
    void finalSixMonths() {
        // GIVEN today is 10 January 2026 and the contract ends on 30 June 2026
        LocalDate today = today("2026-01-10T09:00:00Z");

        // WHEN the rules are applied
        ContractStatus status = ContractStatusRules.evaluate(JUNE_2026, BORN_1999, null, today);

        // THEN the window is open since 1 January, with the domestic caveat and no compensation caveat (he is 27)
        assertThat(status.kind()).isEqualTo(ContractStatusKind.FINAL_SIX_MONTHS);
        assertThat(status.headline())
                .isEqualTo("Final six months: a pre-contract with a club in another country possible since 1 January 2026.");
        assertThat(status.caveats()).containsExactly(ContractStatusRules.DOMESTIC_CAVEAT);
    }

    @Test
    @DisplayName("the day before the window opens is still the final 12 months, with the date it opens")
    void finalYearUntilTheWindowOpens() {
        ContractStatus status = ContractStatusRules.evaluate(JUNE_2026, BORN_1999, null, today("2025-12-31T23:59:59Z"));

        assertThat(status.kind()).isEqualTo(ContractStatusKind.FINAL_YEAR);
        assertThat(status.headline()).contains("possible from 1 January 2026");
    }

    @Test
    @DisplayName("the day after expiry the player is out of contract")
    void expired() {
        ContractStatus status = ContractStatusRules.evaluate(JUNE_2026, BORN_1999, null, today("2026-07-01T00:00:00Z"));

        assertThat(status.kind()).isEqualTo(ContractStatusKind.EXPIRED);
        assertThat(status.headline()).startsWith("Contract ended on 30 June 2026: a free agent");
    }

    @Test
    @DisplayName("a contract with more than a year left is running, with the time left")
    void running() {
        ContractStatus status = ContractStatusRules.evaluate(LocalDate.of(2029, 6, 30), BORN_1999, null,
                today("2026-11-28T12:00:00Z"));

        assertThat(status.kind()).isEqualTo(ContractStatusKind.RUNNING);
        assertThat(status.headline()).isEqualTo("Running until 30 June 2029 (2 years left).");
        assertThat(status.caveats()).isEmpty();
    }

    @Test
    @DisplayName("no expiry date means unknown, never a guess")
    void unknown() {
        ContractStatus status = ContractStatusRules.evaluate(null, BORN_1999, null, today("2026-11-28T12:00:00Z"));

        assertThat(status.kind()).isEqualTo(ContractStatusKind.UNKNOWN);
        assertThat(status.preContractFrom()).isNull();
    }

    @Test
    @DisplayName("a player under 24 at expiry gets the compensation caveat, and an option is always mentioned")
    void youngPlayerWithOption() {
        ContractStatus status = ContractStatusRules.evaluate(JUNE_2026, LocalDate.of(2003, 2, 1),
                "club option for one more year", today("2026-02-01T12:00:00Z"));

        assertThat(status.caveats()).contains(ContractStatusRules.COMPENSATION_CAVEAT)
                .anySatisfy(c -> assertThat(c).startsWith("Option: club option for one more year."));
    }
}
