package dev.rumourmill.bench;

import dev.rumourmill.rumours.Article;
import dev.rumourmill.rumours.RumourEngine;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The rumour engine on one thread: the labels of the first articles as a sanity check, then articles per second
 * after a warm-up, on the wall clock and per CPU-second of the thread.
 */
public final class RumourBenchmark {

    private RumourBenchmark() {
    }

    /** Prints the figures; {@code wordsPerArticle} is the articles' average length, for the per-100-words figure. */
    public static void run(RumourEngine engine, List<Article> texts, double wordsPerArticle, int warmUp, int seconds,
            PrintWriter out) {
        java.util.Map<String, Integer> labels = new java.util.TreeMap<>();
        for (int k = 0; k < Math.min(200, texts.size()); k++) {
            labels.merge(engine.analyse(texts.get(k)).label().wire(), 1, Integer::sum);
        }
        out.printf(Locale.ROOT, "labels of the first %d: %s%n", Math.min(200, texts.size()), labels);

        long sink = 0;
        long warmUpEnd = System.nanoTime() + warmUp * 1_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmUpEnd) {
            sink += engine.analyse(texts.get(i++ % texts.size())).players().size();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long measuredStart = System.nanoTime();
        long measuredEnd = measuredStart + seconds * 1_000_000_000L;
        int analysed = 0;
        while (System.nanoTime() < measuredEnd) {
            sink += engine.analyse(texts.get(analysed % texts.size())).players().size();
            analysed++;
        }
        double elapsed = (System.nanoTime() - measuredStart) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        out.printf(Locale.ROOT, "throughput: %.0f articles/s on one thread (%d articles in %.1f s; %.0f µs each)%n",
                analysed / elapsed, analysed, elapsed, elapsed * 1e6 / analysed);
        // On a shared machine the wall clock includes time other processes had the CPU; the thread's own CPU
        // time says what one dedicated core would do.
        out.printf(Locale.ROOT, "cpu: %.0f µs of CPU per article, i.e. %.0f articles per CPU-second (%.1f µs per 100 words)%n",
                cpu * 1e6 / analysed, analysed / cpu, cpu * 1e6 / analysed * 100 / wordsPerArticle);
        out.printf(Locale.ROOT, "(checksum %d)%n", sink);
    }
}
