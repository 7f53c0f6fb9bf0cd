package dev.rumourmill.contracts;

/**
 * The port through which other features hand in contract facts a news article reported ("his deal expires
 * in 2026"). They are kept beside the curated data and never override it.
 */
public interface ReportedContracts {

    /** Keeps the fact; the same article reported again replaces its earlier reading. */
    void saveReported(ReportedContract fact);
}
