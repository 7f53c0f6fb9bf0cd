package dev.rumourmill.discord;

import dev.rumourmill.discord.fake.FakeDiscord;
import dev.rumourmill.discord.fake.RecordedRequest;
import dev.rumourmill.discord.fake.RunningBot;
import dev.rumourmill.discord.fake.SentInteraction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A benchmark, not a test: {@code /contract} latency from the fake Discord sending INTERACTION_CREATE to the
 * bot's callback request arriving, at a steady rate (goal: p99 <= 20 ms at 100 commands/s). Run with
 * <pre>./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.rumourmill.discord.ContractCommandBenchmark -Dexec.args="2000 100"</pre>
 */
public final class ContractCommandBenchmark {

    private static final String[] TYPED = {"konate", "Ibou", "salah", "odegaard", "Ødegaard", "saka", "van dijk",
        "mbappe", "Vini", "haaland", "rodri", "kane", "musiala", "sample-rice", "bellingham", "trent"};

    private ContractCommandBenchmark() {
    }

    public static void main(String[] args) {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (FakeDiscord fake = FakeDiscord.builder().withGuild("Bench", guild -> guild.withTextChannel("general")).start();
                RunningBot bot = RunningBot.against(fake).start()) {
            for (int i = 0; i < 300; i++) {
                fake.slashCommand("contract", Map.of("player", TYPED[i % TYPED.length]));
            }
            List<SentInteraction> sent = new ArrayList<>(commands);
            List<Instant> sentAt = new ArrayList<>(commands);
            long interval = 1_000_000_000L / perSecond;
            long start = System.nanoTime();
            for (int i = 0; i < commands; i++) {
                long due = start + i * interval;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                sentAt.add(Instant.now());
                sent.add(fake.interaction("contract").option("player", TYPED[i % TYPED.length]).send());
            }
            long[] micros = new long[commands];
            for (int i = 0; i < commands; i++) {
                sent.get(i).awaitReply();
                RecordedRequest callback = sent.get(i).requests().stream()
                        .filter(r -> r.path().endsWith("/callback")).findFirst().orElseThrow();
                micros[i] = Duration.between(sentAt.get(i), callback.at()).toNanos() / 1_000;
            }
            java.util.Arrays.sort(micros);
            // The share of the contracts feature: the use case alone, without JDA and the fake.
            var service = bot.bean(dev.rumourmill.contracts.ContractService.class);
            long[] handler = new long[commands];
            for (int i = 0; i < commands; i++) {
                long t0 = System.nanoTime();
                service.contract(new dev.rumourmill.contracts.ContractQuery(TYPED[i % TYPED.length]));
                handler[i] = (System.nanoTime() - t0) / 1_000;
            }
            java.util.Arrays.sort(handler);
            System.out.printf(Locale.ROOT, "ContractService.contract alone: p50 %.3f ms  p99 %.3f ms%n",
                    pct(handler, 0.50), pct(handler, 0.99));
            System.out.printf(Locale.ROOT, "/contract, %d commands at %d/s, INTERACTION_CREATE -> callback: "
                    + "p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n", commands, perSecond,
                    pct(micros, 0.50), pct(micros, 0.90), pct(micros, 0.99), micros[commands - 1] / 1000.0);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
