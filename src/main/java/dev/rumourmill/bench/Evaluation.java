package dev.rumourmill.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rumourmill.rumours.Analysis;
import dev.rumourmill.rumours.EntityKind;
import dev.rumourmill.rumours.KnowledgeBase;
import dev.rumourmill.rumours.Label;
import dev.rumourmill.rumours.MoveScoring;
import dev.rumourmill.rumours.RumourEngine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores analyses against gold fields: labels, entities (names compared through the knowledge base, so
 * "Spurs" and "Tottenham Hotspur" or "Daily Mail" and "Mail Sport" are one, accents and case ignored),
 * contract year and fee. Gold {@code players_secondary} / {@code clubs_secondary} are optional: naming
 * them is not a false positive and missing them not a false negative.
 */
public final class Evaluation {

    public record Case(JsonNode gold, RumourEngine.Detailed result) {
    }

    private final KnowledgeBase knowledge;
    private final MoveScoring headlines;

    public Evaluation(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.headlines = new MoveScoring(knowledge);
    }

    /** Micro-averaged counts. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public void report(List<Case> cases, PrintWriter out) {
        Map<Label, Counts> labels = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            labels.put(l, new Counts());
        }
        Counts rumourVsRest = new Counts();
        Counts players = new Counts();
        Counts clubs = new Counts();
        Counts sources = new Counts();
        int correct = 0;
        int expiryRight = 0;
        int feeRight = 0;
        int ungrounded = 0;
        int headlineCases = 0;
        int headlineRight = 0;
        int moveFeeCases = 0;
        int moveFeeRight = 0;
        List<String> errors = new ArrayList<>();
        for (Case c : cases) {
            Analysis a = c.result().analysis();
            JsonNode gold = c.gold();
            Label goldLabel = Label.fromWire(gold.path("label").asText("not_transfer"));
            Label predicted = a.label();
            List<String> problems = new ArrayList<>();
            if (goldLabel == predicted) {
                correct++;
                labels.get(predicted).tp++;
            } else {
                labels.get(predicted).fp++;
                labels.get(goldLabel).fn++;
                problems.add("label " + predicted.wire() + " (gold " + goldLabel.wire() + "; " + c.result().evidence() + ")");
            }
            boolean goldRumour = goldLabel == Label.RUMOUR;
            boolean predictedRumour = predicted == Label.RUMOUR;
            if (goldRumour && predictedRumour) {
                rumourVsRest.tp++;
            } else if (predictedRumour) {
                rumourVsRest.fp++;
            } else if (goldRumour) {
                rumourVsRest.fn++;
            }
            score("players", EntityKind.PLAYER, gold, "players", "players_secondary",
                    a.players().stream().map(p -> p.name()).toList(), players, problems);
            score("clubs", EntityKind.CLUB, gold, "clubs", "clubs_secondary",
                    a.clubs().stream().map(cl -> cl.name()).toList(), clubs, problems);
            score("sources", EntityKind.SOURCE, gold, "sources", null,
                    a.sources().stream().map(s -> s.name()).toList(), sources, problems);
            Integer goldYear = gold.path("contract_expiry_year").isNumber() ? gold.path("contract_expiry_year").asInt() : null;
            if (Objects.equals(goldYear, a.contractExpiryYear())) {
                expiryRight++;
            } else {
                problems.add("expiry " + a.contractExpiryYear() + " (gold " + goldYear + ")");
            }
            String goldFee = gold.path("fee").isTextual() ? gold.path("fee").asText() : null;
            if (Objects.equals(feeKey(goldFee), feeKey(a.fee()))) {
                feeRight++;
            } else {
                problems.add("fee " + a.fee() + " (gold " + goldFee + ")");
            }
            JsonNode goldMoves = gold.path("moves");
            if (goldMoves.isArray() && !goldMoves.isEmpty()) {
                headlineCases++;
                if (headlines.isRight(goldMoves.get(0), a.headline())) {
                    headlineRight++;
                } else {
                    problems.add("headline " + MoveScoring.describe(a.headline()) + " (gold "
                            + MoveScoring.describe(goldMoves.get(0)) + ")");
                }
            }
            if (goldLabel != Label.NOT_TRANSFER) {
                moveFeeCases++;
                String goldMoveFee = gold.path("fee_move").isTextual() ? gold.path("fee_move").asText() : null;
                // Scored on the headline move. Where the gold has no move (the story's player goes unnamed: "a £50m
                // bid for a striker") but a fee, the analysis's deal, which keeps the fee of the move the article is
                // about, is scored instead.
                boolean goldMove = goldMoves.isArray() && !goldMoves.isEmpty();
                String moveFee = goldMove ? (a.headline() == null ? null : a.headline().fee()) : a.deal().fee();
                if (Objects.equals(feeKey(goldMoveFee), feeKey(moveFee))) {
                    moveFeeRight++;
                } else {
                    problems.add("move fee " + moveFee + " (gold " + goldMoveFee + ")");
                }
            }
            if (!c.result().grounding().grounded() || a.summary().length() > 280) {
                ungrounded++;
                problems.add("summary ungrounded " + c.result().grounding().problems() + ": " + a.summary());
            }
            if (!problems.isEmpty()) {
                errors.add(a.articleId() + ": " + String.join("; ", problems));
            }
        }
        int n = cases.size();
        out.printf(Locale.ROOT, "Rumour engine evaluation on %d articles%n%n", n);
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s%n", "label", "precision", "recall", "F1");
        for (Label l : Label.values()) {
            Counts k = labels.get(l);
            out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f  (tp %d, fp %d, fn %d)%n", l.wire(), k.precision(), k.recall(),
                    k.f1(), k.tp, k.fp, k.fn);
        }
        double accuracy = n == 0 ? 0 : (double) correct / n;
        out.printf(Locale.ROOT, "%nrumour vs rest F1 %.3f; 4-way accuracy %.3f (%d/%d)%n%n", rumourVsRest.f1(), accuracy,
                correct, n);
        out.printf(Locale.ROOT, "%-14s %9s %9s %9s%n", "entities", "precision", "recall", "F1");
        print(out, "players", players);
        print(out, "clubs", clubs);
        print(out, "sources", sources);
        double expiryAccuracy = n == 0 ? 0 : (double) expiryRight / n;
        double feeAccuracy = n == 0 ? 0 : (double) feeRight / n;
        out.printf(Locale.ROOT, "%ncontract expiry year accuracy %.3f (%d/%d); fee accuracy %.3f (%d/%d)%n",
                expiryAccuracy, expiryRight, n, feeAccuracy, feeRight, n);
        double headlineAccuracy = headlineCases == 0 ? 0 : (double) headlineRight / headlineCases;
        double moveFeeAccuracy = moveFeeCases == 0 ? 0 : (double) moveFeeRight / moveFeeCases;
        out.printf(Locale.ROOT, "headline accuracy %.3f (%d/%d: main player, destination or none, no wrong origin);"
                + " move fee accuracy %.3f (%d/%d)%n", headlineAccuracy, headlineRight, headlineCases, moveFeeAccuracy,
                moveFeeRight, moveFeeCases);
        out.printf(Locale.ROOT, "summaries with an ungrounded name or number: %d%n%n", ungrounded);
        out.printf(Locale.ROOT, "errors (%d articles):%n", errors.size());
        errors.forEach(e -> out.println("  " + e));
        out.printf(Locale.ROOT, "%nKEY rumour_f1=%.3f accuracy=%.3f players_f1=%.3f clubs_f1=%.3f sources_f1=%.3f "
                        + "expiry_acc=%.3f fee_acc=%.3f headline_acc=%.3f move_fee_acc=%.3f ungrounded=%d articles=%d%n",
                rumourVsRest.f1(), accuracy, players.f1(), clubs.f1(), sources.f1(), expiryAccuracy, feeAccuracy,
                headlineAccuracy, moveFeeAccuracy, ungrounded, n);
    }

    private void score(String what, EntityKind kind, JsonNode gold, String field, String optionalField,
            List<String> predicted, Counts counts, List<String> problems) {
        Function<String, String> key = name -> knowledge.idOf(kind, name).orElseGet(() -> normalise(name));
        Set<String> required = keys(gold.path(field), key);
        Set<String> optional = optionalField == null ? Set.of() : keys(gold.path(optionalField), key);
        Set<String> seen = new LinkedHashSet<>();
        List<String> extra = new ArrayList<>();
        for (String name : predicted) {
            String k = key.apply(name);
            if (!seen.add(k)) {
                continue;
            }
            if (required.contains(k)) {
                counts.tp++;
            } else if (!optional.contains(k)) {
                counts.fp++;
                extra.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode name : gold.path(field)) {
            if (!seen.contains(key.apply(name.asText()))) {
                counts.fn++;
                missing.add(name.asText());
            }
        }
        if (!extra.isEmpty() || !missing.isEmpty()) {
            problems.add(what + " extra " + extra + " missing " + missing);
        }
    }

    private static Set<String> keys(JsonNode names, Function<String, String> key) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode name : names) {
            keys.add(key.apply(name.asText()));
        }
        return keys;
    }

    /** Accent- and case-insensitive, a leading "the" ignored. */
    static String normalise(String name) {
        return MoveScoring.normalise(name);
    }

    private static String feeKey(String fee) {
        return fee == null ? null : dev.rumourmill.rumours.Fees.key(fee);
    }

    private static void print(PrintWriter out, String name, Counts k) {
        out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f  (tp %d, fp %d, fn %d)%n", name, k.precision(), k.recall(), k.f1(),
                k.tp, k.fp, k.fn);
    }
}
