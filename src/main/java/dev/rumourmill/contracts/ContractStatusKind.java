package dev.rumourmill.contracts;

/** Where a contract stands today, as fans ask about it. */
public enum ContractStatusKind {
    EXPIRED, FINAL_SIX_MONTHS, FINAL_YEAR, RUNNING, UNKNOWN
}
