package dev.rumourmill.contracts;

/**
 * One import's curated contracts on their way into the database: added one at a time as the file is read,
 * written and counted by {@link #finish()}. Closing an unfinished load leaves the database as it was as far
 * as the load can undo it.
 */
interface CuratedLoad extends AutoCloseable {

    void add(CuratedContract contract);

    /** Writes whatever is still pending and says what the whole load did. */
    ContractStore.UpsertCounts finish();

    @Override
    void close();
}
