package dev.rumourmill.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pre-contract rules as a pure function of dates. FIFA RSTP art. 18(3): a player may sign with another
 * club once his contract has expired or is due to expire within six months; so for a 30 June expiry a
 * pre-contract with a club in another country is possible from 1 January. Domestic moves follow national
 * rules, and young players may still cost compensation: both are stated as caveats, never as dates.
 */
public final class ContractStatusRules {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Training compensation runs to the season of the 23rd birthday; tribunals cover some older moves. */
    static final int COMPENSATION_AGE = 24;

    static final String DOMESTIC_CAVEAT = "Domestic rules differ: clubs in his own country may have to wait longer.";
    static final String COMPENSATION_CAVEAT = "Compensation may apply: he is under 24 when the contract ends, "
            + "so a move is not necessarily free.";

    private ContractStatusRules() {
    }

    /** The first day of the final six months: the day after expiry, six months earlier (30 June → 1 January). */
    public static LocalDate preContractFrom(LocalDate expires) {
        return expires.plusDays(1).minusMonths(6);
    }

    public static ContractStatus evaluate(LocalDate expires, LocalDate dateOfBirth, String option, LocalDate today) {
        if (expires == null) {
            return new ContractStatus(ContractStatusKind.UNKNOWN,
                    "Contract end date unknown: the data has none, and the bot does not guess.", null, List.of());
        }
        LocalDate window = preContractFrom(expires);
        LocalDate yearBefore = expires.plusDays(1).minusMonths(12);
        List<String> caveats = new ArrayList<>();
        ContractStatusKind kind;
        String headline;
        if (expires.isBefore(today)) {
            kind = ContractStatusKind.EXPIRED;
            headline = "Contract ended on " + DAY.format(expires)
                    + ": a free agent, unless he has signed a new deal since the data was collected.";
        } else if (!today.isBefore(window)) {
            kind = ContractStatusKind.FINAL_SIX_MONTHS;
            headline = "Final six months: a pre-contract with a club in another country possible since "
                    + DAY.format(window) + ".";
            caveats.add(DOMESTIC_CAVEAT);
        } else if (!today.isBefore(yearBefore)) {
            kind = ContractStatusKind.FINAL_YEAR;
            headline = "Final 12 months: a pre-contract with a club in another country possible from "
                    + DAY.format(window) + ".";
            caveats.add(DOMESTIC_CAVEAT);
        } else {
            kind = ContractStatusKind.RUNNING;
            headline = "Running until " + DAY.format(expires) + " (" + timeLeft(today, expires) + " left).";
        }
        if (kind != ContractStatusKind.RUNNING && dateOfBirth != null
                && ChronoUnit.YEARS.between(dateOfBirth, expires) < COMPENSATION_AGE) {
            caveats.add(COMPENSATION_CAVEAT);
        }
        if (option != null && !option.isBlank()) {
            caveats.add("Option: " + option.strip() + ". If it is taken up, the dates above change.");
        }
        return new ContractStatus(kind, headline, window, caveats);
    }

    static String timeLeft(LocalDate today, LocalDate expires) {
        long months = ChronoUnit.MONTHS.between(today, expires);
        if (months >= 24) {
            return months / 12 + " years";
        }
        if (months >= 1) {
            return months + (months == 1 ? " month" : " months");
        }
        long days = ChronoUnit.DAYS.between(today, expires);
        return days + (days == 1 ? " day" : " days");
    }
}
