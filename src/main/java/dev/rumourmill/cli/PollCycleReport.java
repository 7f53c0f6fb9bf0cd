package dev.rumourmill.cli;

import dev.rumourmill.bench.PollCycleBenchmark;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints the figures of {@code bench feeds}' poll cycles: every first-cycle round, the medians, the measured cycle. */
final class PollCycleReport {

    private PollCycleReport() {
    }

    static void print(PollCycleBenchmark.Result poll, PrintWriter out) {
        PollCycleBenchmark.Setup setup = poll.setup();
        out.printf(Locale.ROOT, "Poll cycles on %s%n", poll.store());
        out.printf(Locale.ROOT, "  %d loopback feeds on %d hosts, %d ms latency, max-in-flight %d, per-host concurrency %d%n",
                setup.feeds(), setup.hosts(), setup.latency().toMillis(), setup.maxInFlight(), setup.perHostConcurrency());
        if (poll.rounds().isEmpty()) {
            PollCycleBenchmark.FirstCycle first = poll.lastFirstCycle();
            out.printf(Locale.ROOT, "  first cycle (all 200, entries marked seen): %,8d ms  %,8.0f entries/s  outcomes: %s%n",
                    first.time().toMillis(), first.entriesPerSecond(), poll.firstOutcomes());
        } else {
            out.printf(Locale.ROOT, "First cycle (all 200, %,d entries marked seen) beside the batched-insert baseline, each in "
                    + "a fresh database, which goes first alternating:%n", poll.lastFirstCycle().entries());
            for (PollCycleBenchmark.Round round : poll.rounds()) {
                out.printf(Locale.ROOT, "  %-9s %-14s first cycle %,7d ms (CPU %,7d ms) %,7.0f entries/s   baseline %,7d ms "
                                + "(CPU %,7d ms) %,7.0f entries/s   ratio %.2f (CPU %.2f)%s%n",
                        round.warmUp() ? "warm-up" : "round " + round.number(), round.oursFirst() ? "(ours first)" : "(base first)",
                        round.ours().time().toMillis(), round.ours().cpu().toMillis(), round.ours().entriesPerSecond(),
                        round.baseline().time().toMillis(), round.baseline().cpu().toMillis(), round.baseline().entriesPerSecond(),
                        round.ratio(), round.cpuRatio(), failures(round));
            }
            out.printf(Locale.ROOT, "  median of %d rounds: first cycle %,.0f entries/s, baseline %,.0f entries/s%n",
                    poll.measuredRounds().size(), poll.medianOursPerSecond(), poll.medianBaselinePerSecond());
            out.printf(Locale.ROOT, "  in entries per CPU-second of this process (median of the rounds' ratios): %.2f%n",
                    poll.medianCpuRatio());
            out.printf(Locale.ROOT, "first cycle ratio (median of the rounds' ratios, goal >= 0.8): %.2f%n", poll.medianRatio());
        }
        PollCycleBenchmark.MeasuredCycle cycle = poll.cycle();
        out.printf(Locale.ROOT, "Measured cycle: %d feeds with a new item, the rest answer 304%n", cycle.changedFeeds());
        out.printf(Locale.ROOT, "  measured cycle (goal < 300 s):              %,8d ms  outcomes: %s%n", cycle.time().toMillis(),
                cycle.outcomes());
        out.printf(Locale.ROOT, "  peak heap during the measured cycle:        %,8d MB%n", cycle.peakHeapBytes() / (1024 * 1024));
        out.printf(Locale.ROOT, "  entries handed on: %d%n", cycle.handedOn());
    }

    private static String failures(PollCycleBenchmark.Round round) {
        int failed = round.ours().failures() + round.baseline().failures();
        return failed == 0 ? "" : "   (" + round.ours().failures() + " and " + round.baseline().failures() + " feeds failed)";
    }
}
