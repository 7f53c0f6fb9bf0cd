package dev.rumourmill.cli;

import dev.rumourmill.rumours.Article;
import dev.rumourmill.rumours.Club;
import dev.rumourmill.rumours.KnowledgeBase;
import dev.rumourmill.rumours.KnownPlayer;
import dev.rumourmill.rumours.RumourEngine;
import java.io.PrintWriter;
import java.time.LocalDate;
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

    @Option(names = "--warm-up", defaultValue = "3", paramLabel = "SECONDS",
            description = "seconds of analysis before measuring (default ${DEFAULT-VALUE})")
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
        List<KnownPlayer> generated = GeneratedText.players(players, random);
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
        out.flush();
        return 0;
    }

    private List<Article> generatedArticles(List<KnownPlayer> generated, List<Club> clubs, Random random) {
        List<Article> texts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            texts.add(GeneratedText.article("g" + i, generated, clubs, random));
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

    /** Names and articles made up from parts, so the benchmark needs no data files. */
    static final class GeneratedText {

        private static final String[] FIRST = {"Adam", "Bruno", "Carlos", "Dario", "Emil", "Felix", "Goran", "Hugo",
            "Ivan", "Jonas", "Karim", "Luca", "Mateo", "Nico", "Oskar", "Pablo", "Rafael", "Sami", "Tomas", "Viktor",
            "Yusuf", "Zeki", "Anders", "Bilal", "Cesar", "Diego", "Enzo", "Filip", "Gael", "Hakim"};
        private static final String[] SYLLABLES = {"ka", "ro", "ve", "lin", "dor", "sa", "mi", "tes", "bra", "qu", "el",
            "no", "vic", "han", "sen", "ber", "to", "ra", "gu", "ez", "lo", "mar", "din", "os", "ki", "wa", "ly", "son"};
        /** Sentences of a typical rumour piece; {P} the player's surname, {T} the buying club, {F} the seller. */
        private static final String[] FILLER = {
            "The club have been looking for cover in that position since the start of the season.",
            "Supporters have made their feelings clear on social media after a difficult run of results.",
            "{T} have watched {P} several times this season and their scouts were impressed again at the weekend.",
            "{F} are reluctant to sell {P} in the middle of the season but could accept the right offer.",
            "Talks between {T} and {F} are described as positive, although no agreement has been reached on the fee.",
            "Several other sides are keeping an eye on the situation and could move if the price drops.",
            "{P} is said to be open to a new challenge after four years at {F}.",
            "His representatives have been busy this week, meeting officials from {T}.",
            "A decision is expected before the window closes, with {T} keen to avoid a long saga.",
            "He scored twice in the cup last month and has become a regular in the national team.",
            "{T} see {P} as the ideal replacement for a player who left in the summer.",
            "The manager refused to discuss individual targets when asked about {P} on Friday."};

        static List<KnownPlayer> players(int count, Random random) {
            List<KnownPlayer> players = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String surname = surname(random);
                players.add(new KnownPlayer("gen" + i, FIRST[random.nextInt(FIRST.length)] + " " + surname, List.of(), null));
            }
            return players;
        }

        private static String surname(Random random) {
            StringBuilder s = new StringBuilder();
            int parts = 2 + random.nextInt(2);
            for (int k = 0; k < parts; k++) {
                s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        static Article article(String id, List<KnownPlayer> players, List<Club> clubs, Random random) {
            KnownPlayer player = players.get(random.nextInt(players.size()));
            Club to = clubs.get(random.nextInt(clubs.size()));
            Club from = clubs.get(random.nextInt(clubs.size()));
            String title = to.name() + " close in on " + player.fullName();
            StringBuilder text = new StringBuilder();
            text.append(to.name()).append(" are confident of signing ").append(player.fullName()).append(" from ")
                    .append(from.name()).append(", according to David Ornstein of The Athletic. ");
            text.append("The fee is expected to be around €").append(10 + random.nextInt(80)).append("m. ");
            text.append("His contract expires in ").append(2026 + random.nextInt(3)).append(". ");
            String surname = player.fullName().substring(player.fullName().indexOf(' ') + 1);
            while (text.length() < 3200) {
                text.append(FILLER[random.nextInt(FILLER.length)].replace("{P}", surname).replace("{T}", to.name())
                        .replace("{F}", from.name())).append(' ');
            }
            return new Article(id, null, LocalDate.of(2025, 8, 1), title, text.toString().strip());
        }
    }
}
