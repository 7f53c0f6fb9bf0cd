package dev.rumourmill.cli;

import dev.rumourmill.bench.RumourBenchmark;
import dev.rumourmill.bench.SyntheticArticles;
import dev.rumourmill.rumours.Article;
import dev.rumourmill.rumours.Club;
import dev.rumourmill.rumours.KnowledgeBase;
import dev.rumourmill.rumours.KnownPlayer;
import dev.rumourmill.rumours.RumourEngine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench rumours}: how fast the rumour engine starts and analyses, with generated players and articles. */
@Command(name = "rumours", mixinStandardHelpOptions = true,
        description = {"Benchmark the rumour engine on one thread: the start-up cost of building the gazetteer with",
            "N generated players, then articles analysed per second on generated ~500-word articles",
            "(or on your own articles with --input, one JSON object per line as for analyse)."})
public class BenchRumoursCommand implements Callable<Integer> {

    @Option(names = "--players", defaultValue = "30000", description = "generated players to load (default ${DEFAULT-VALUE})")
    int players;

    @Option(names = "--articles", defaultValue = "2000", description = "distinct generated articles (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seconds", defaultValue = "10", description = "measured seconds after warm-up (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--seed", defaultValue = "42", description = "random seed, for repeatable runs")
    long seed;

    // The bot runs for days: the figure that matters is the compiled steady state. On two cores the JIT is still
    // compiling the regex and model paths three seconds in, and runs measured from there varied by a third.
    @Option(names = "--warm-up", defaultValue = "10", paramLabel = "SECONDS",
            description = "seconds of analysis before measuring, for the JIT to compile the hot paths (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--input", paramLabel = "FILE",
            description = "analyse these articles (JSONL: id, title, text, published) instead of generated ones")
    java.nio.file.Path input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Random random = new Random(seed);
        if (players < 1) {
            throw new IllegalArgumentException("--players must be at least 1");
        }
        List<KnownPlayer> generated = SyntheticArticles.players(players, random);
        long start = System.nanoTime();
        KnowledgeBase knowledge = KnowledgeBase.builtIn(generated);
        RumourEngine engine = new RumourEngine(knowledge);
        double startupMs = (System.nanoTime() - start) / 1e6;
        out.printf(Locale.ROOT, "start-up: knowledge base + gazetteer with %d players built in %.0f ms%n", players, startupMs);

        List<Club> clubs = new ArrayList<>(knowledge.clubs());
        clubs.sort(java.util.Comparator.comparing(Club::id)); // the knowledge base keeps no order; runs must repeat
        List<Article> texts = input == null ? generatedArticles(generated, clubs, random) : readArticles(input);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(input + " holds no article to analyse");
        }
        long words = 0;
        for (Article article : texts) {
            words += words(article);
        }
        double wordsPerArticle = (double) words / texts.size();
        out.printf(Locale.ROOT, "articles: %d %s, %.0f words on average (headline and text)%n", texts.size(),
                input == null ? "generated" : "from " + input, wordsPerArticle);
        RumourBenchmark.run(engine, texts, wordsPerArticle, warmUp, seconds, out);
        out.flush();
        return 0;
    }

    private List<Article> generatedArticles(List<KnownPlayer> generated, List<Club> clubs, Random random) {
        List<Article> texts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            texts.add(SyntheticArticles.article("g" + i, generated, clubs, random));
        }
        return texts;
    }

    /** The articles of a JSONL file, read as {@code analyse} reads them; a line that cannot be read is skipped. */
    private List<Article> readArticles(java.nio.file.Path file) {
        PrintWriter err = spec.commandLine().getErr();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lines = AnalyseCommand.readLines(file);
        List<Article> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                texts.add(AnalyseCommand.toArticle(json.readTree(lines.get(i)), i + 1, err));
            } catch (java.io.IOException | IllegalArgumentException e) {
                err.println("line " + (i + 1) + ": skipped, " + e.getMessage());
            }
        }
        err.flush();
        return texts;
    }

    /** White-space separated words in the headline and the text. */
    private static long words(Article article) {
        String all = (article.title() == null ? "" : article.title()) + " " + article.text();
        return java.util.Arrays.stream(all.strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
    }
}
