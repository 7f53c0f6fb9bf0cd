package dev.rumourmill.contracts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, for the person who ran it.
 *
 * @param withoutContractDate players stored with an unknown expiry (about 40% of the real dataset)
 */
public record ImportSummary(long rowsRead, int imported, int updated, int unchanged, List<SkippedRow> skipped,
        int withoutContractDate, Duration elapsed) {

    /** A row that was not imported, with its line in the file and why. */
    public record SkippedRow(long line, String reason) {
    }

    /** At most this many skipped rows are listed one by one; the rest are counted by reason. */
    static final int LISTED_SKIPS = 20;

    public ImportSummary {
        skipped = List.copyOf(skipped);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        lines.add(String.format(java.util.Locale.ROOT, "Read %,d rows in %.1f s (%,.0f rows/s).", rowsRead, seconds,
                rowsRead / seconds));
        lines.add(String.format(java.util.Locale.ROOT,
                "Imported %,d new players, updated %,d, unchanged %,d, skipped %,d.", imported, updated, unchanged,
                skipped.size()));
        lines.add(String.format(java.util.Locale.ROOT,
                "%,d players have no contract date: /contract will say \"unknown\" for them.", withoutContractDate));
        skipped.stream().limit(LISTED_SKIPS).forEach(s -> lines.add("  skipped line " + s.line() + ": " + s.reason()));
        if (skipped.size() > LISTED_SKIPS) {
            Map<String, Integer> byReason = new TreeMap<>();
            skipped.stream().skip(LISTED_SKIPS).forEach(s -> byReason.merge(reasonKind(s.reason()), 1, Integer::sum));
            byReason.forEach((reason, n) -> lines.add("  ... and " + n + " more: " + reason));
        }
        return lines;
    }

    /** "date_of_birth 'x' is not a date" and "date_of_birth 'y' is not a date" count as one reason. */
    private static String reasonKind(String reason) {
        return reason.replaceAll("'[^']*'", "'…'");
    }
}
