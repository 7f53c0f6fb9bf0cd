package dev.rumourmill.cli;

import dev.rumourmill.bench.Evaluation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rumourmill.rumours.Analysis;
import dev.rumourmill.rumours.Article;
import dev.rumourmill.rumours.RatedSource;
import dev.rumourmill.rumours.Explanation;
import dev.rumourmill.rumours.Move;
import dev.rumourmill.rumours.RumourEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyse --input articles.jsonl [--players players.csv] [--eval]}: the rumour engine on a file. */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        description = {"Analyse articles: label (rumour, confirmed, denial, not_transfer), players, clubs, sources with",
            "tiers, fee, contract expiry and a grounded summary. Input: one JSON object per line",
            "{\"id\",\"url\",\"published\",\"title\",\"text\"}; output: one JSON object per input line, same order.",
            "Tier overrides for every server come from the 'sources' section of bot-config.yml."})
public class AnalyseCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "articles, one JSON object per line")
    Path input;

    @Option(names = "--players", paramLabel = "FILE",
            description = "players in the transfermarkt-datasets players.csv format, loaded for this run")
    Path players;

    @Option(names = "--eval", description = "the input carries gold labels: print precision, recall, F1 and the errors")
    boolean eval;

    @Option(names = "--explain", description = "print, per article, the label with its deciding cues, each club's role "
            + "for each player with the sentence that decided it, and whose fee the fee is (text, not JSON)")
    boolean explain;

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RumourEngine engine = EngineFactory.create(players, config, err);
        List<String> lines = readLines(input);
        List<Evaluation.Case> cases = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            Article article;
            try {
                node = json.readTree(line);
                article = toArticle(node, i + 1, err);
            } catch (IOException | IllegalArgumentException e) {
                bad++;
                err.println("line " + (i + 1) + ": skipped, " + reason(e));
                if (!eval) {
                    ObjectNode error = json.createObjectNode();
                    error.put("line", i + 1);
                    error.put("error", reason(e));
                    out.println(error);
                }
                continue;
            }
            if (eval && !node.hasNonNull("label")) {
                // Scoring unlabelled input would print F1 0.000 as if the engine were wrong on every article.
                err.println("Error: --eval needs a gold \"label\" on every line, and line " + (i + 1) + " (article "
                        + article.id() + ") has none. Fix: add \"label\": \"rumour\" (or confirmed, denial, not_transfer) "
                        + "to each line of your own labelled JSONL, or run without --eval.");
                err.flush();
                return CommandLineFactory.EXIT_USAGE;
            }
            RumourEngine.Detailed detailed = engine.analyseInDetail(article);
            if (eval) {
                cases.add(new Evaluation.Case(node, detailed));
            } else if (explain) {
                printExplanation(detailed, out);
            } else {
                out.println(toJson(detailed.analysis()));
            }
        }
        if (eval) {
            new Evaluation(engine.knowledge()).report(cases, out);
        }
        out.flush();
        if (bad > 0) {
            err.println(bad + " line(s) could not be read; every other line was analysed.");
            err.flush();
            return CommandLineFactory.EXIT_FAILURE;
        }
        return 0;
    }

    static Article toArticle(JsonNode node, int line, PrintWriter err) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("\"id\" is missing");
        }
        String text = text(node, "text");
        if (text == null) {
            throw new IllegalArgumentException("\"text\" is missing (article " + id + ")");
        }
        LocalDate published = null;
        String date = text(node, "published");
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                // The article is still worth analysing; only "next summer" and the like cannot be resolved.
                err.println("line " + line + ": \"published\" '" + date + "' is not a date like 2025-07-08; "
                        + "article " + id + " is analysed without a publication date");
            }
        }
        return new Article(id, text(node, "url"), published, text(node, "title"), text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    ObjectNode toJson(Analysis a) {
        ObjectNode node = json.createObjectNode();
        node.put("id", a.articleId());
        node.put("label", a.label().wire());
        node.put("confidence", a.confidence());
        ArrayNode players = node.putArray("players");
        a.players().forEach(p -> players.add(p.name()));
        ArrayNode clubs = node.putArray("clubs");
        a.clubs().forEach(c -> clubs.add(c.name()));
        node.put("from_club", a.fromClub() == null ? null : a.fromClub().name());
        ArrayNode to = node.putArray("to_clubs");
        a.toClubs().forEach(c -> to.add(c.name()));
        ArrayNode sources = node.putArray("sources");
        for (RatedSource s : a.sources()) {
            ObjectNode source = sources.addObject();
            source.put("name", s.name());
            source.put("kind", s.kind().label());
            source.put("tier", s.tier());
        }
        if (a.contractExpiryYear() == null) {
            node.putNull("contract_expiry_year");
        } else {
            node.put("contract_expiry_year", a.contractExpiryYear());
        }
        node.put("fee", a.fee());
        node.put("summary", a.summary());
        node.put("deal_type", a.dealType() == null ? null : a.dealType().wire());
        ArrayNode moves = node.putArray("moves");
        for (Move m : a.moves()) {
            ObjectNode move = moves.addObject();
            move.put("player", m.player().name());
            move.put("from_club", m.fromClub() == null ? null : m.fromClub().name());
            move.put("to_club", m.toClub() == null ? null : m.toClub().name());
            move.put("kind", m.kind().wire());
            move.put("fee", m.fee());
            move.put("stage", m.stage() == null ? null : m.stage().wire());
        }
        return node;
    }

    private static void printExplanation(RumourEngine.Detailed detailed, PrintWriter out) {
        Analysis a = detailed.analysis();
        Explanation e = detailed.explanation();
        out.println("== " + a.articleId() + ": " + a.label().wire() + " (" + String.format(java.util.Locale.ROOT, "%.2f",
                a.confidence()) + ")");
        out.println("label evidence: " + e.evidence());
        out.println("label cues in headline and lede: " + (e.labelCues().isEmpty() ? "none" : String.join(", ",
                e.labelCues())));
        if (e.moves().isEmpty()) {
            out.println("moves: none");
        }
        e.moves().forEach(line -> out.println("move " + line));
        out.println("fee: " + (a.fee() == null ? "none" : a.fee() + " (belongs to "
                + (a.headline() == null ? "no player" : a.headline().player().name()) + ")"));
        out.println("summary: " + a.summary());
        out.println();
    }

    static List<String> readLines(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.lines().toList();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the input file " + file + " does not exist");
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
