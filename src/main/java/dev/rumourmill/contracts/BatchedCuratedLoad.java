package dev.rumourmill.contracts;

import java.util.ArrayList;
import java.util.List;

/**
 * The portable load: batches of {@value #BATCH_SIZE} read back and then inserted or updated, one transaction
 * per batch. H2 runs in-process, so its round trips cost next to nothing and this is as fast as its
 * set-based load (see docs/performance.md).
 */
final class BatchedCuratedLoad implements CuratedLoad {

    static final int BATCH_SIZE = 500;

    private final ContractStore store;
    private final List<CuratedContract> batch = new ArrayList<>(BATCH_SIZE);
    private int inserted;
    private int updated;
    private int unchanged;

    BatchedCuratedLoad(ContractStore store) {
        this.store = store;
    }

    @Override
    public void add(CuratedContract contract) {
        batch.add(contract);
        if (batch.size() == BATCH_SIZE) {
            flush();
        }
    }

    @Override
    public ContractStore.UpsertCounts finish() {
        flush();
        return new ContractStore.UpsertCounts(inserted, updated, unchanged);
    }

    private void flush() {
        ContractStore.UpsertCounts counts = store.upsertCurated(batch);
        inserted += counts.inserted();
        updated += counts.updated();
        unchanged += counts.unchanged();
        batch.clear();
    }

    @Override
    public void close() {
        // Every batch is committed as it is written.
    }
}
