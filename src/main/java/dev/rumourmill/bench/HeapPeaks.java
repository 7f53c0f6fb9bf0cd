package dev.rumourmill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap a benchmark used at its peak, read from the JVM's heap memory pools. */
final class HeapPeaks {

    private HeapPeaks() {
    }

    /** Starts a new measurement: every heap pool forgets its peak. */
    static void reset() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since {@link #reset()}: an upper bound on the heap in use at any one moment. */
    static long sum() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
