package dev.rumourmill.rumours;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A tuning tool, not a test: k-fold cross-validation of the models on the corpus's training part (the
 * held-out part stays unseen). Prints headline accuracy per destination and current-club bias, and fee
 * accuracy per fee threshold. With {@code -Derrors}, lists the headline misses at today's settings; with
 * {@code -Dfees}, only the fee accuracy is measured (a fifth of the time). Run it
 * with {@code java -cp target/test-classes:target/classes:<deps> dev.rumourmill.rumours.MoveModelCrossValidation
 * src/test/resources/rumours/corpus}.
 */
public final class MoveModelCrossValidation {

    private static final int FOLDS = 5;
    private static final double[] BIASES = {0.5, 1.0, 2.0, 4.0};
    private static final double[] FEE_THRESHOLDS = {0.25, 0.4, 0.5, 0.6, 0.75};

    public static void main(String[] args) {
        Corpus corpus = Corpus.read(Path.of(args[0]));
        List<Corpus.Labelled> training = corpus.training();
        KnowledgeBase knowledge = KnowledgeBase.builtIn(corpus.players());
        MoveScoring scoring = new MoveScoring(knowledge);
        int[][] headlines = new int[BIASES.length][BIASES.length];
        int[] fees = new int[FEE_THRESHOLDS.length];
        int cases = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Corpus.Labelled> learn = new ArrayList<>();
            List<Corpus.Labelled> test = new ArrayList<>();
            for (int i = 0; i < training.size(); i++) {
                (i % FOLDS == fold ? test : learn).add(training.get(i));
            }
            ModelTraining training1 = new ModelTraining();
            training1.learn(corpus, learn);
            TrainedModels models = training1.train();
            List<Corpus.Labelled> withMoves = test.stream()
                    .filter(l -> l.gold().path("moves").isArray() && !l.gold().path("moves").isEmpty()).toList();
            cases += withMoves.size();
            boolean feesOnly = System.getProperty("fees") != null;
            for (int a = 0; a < BIASES.length && !feesOnly; a++) {
                for (int b = 0; b < BIASES.length; b++) {
                    RumourEngine engine = new RumourEngine(knowledge, SourceTiers.defaults(),
                            models.with(BIASES[a], BIASES[b], TrainedModels.FEE_THRESHOLD));
                    boolean today = BIASES[a] == TrainedModels.DESTINATION_BIAS && BIASES[b] == TrainedModels.CURRENT_BIAS;
                    for (Corpus.Labelled l : withMoves) {
                        JsonNode gold = l.gold().path("moves").get(0);
                        Move predicted = engine.analyse(l.article()).headline();
                        if (scoring.isRight(gold, predicted)) {
                            headlines[a][b]++;
                        } else if (today && System.getProperty("errors") != null) {
                            System.out.println(l.article().id() + ": " + MoveScoring.describe(predicted) + " (gold "
                                    + MoveScoring.describe(gold) + ")");
                        }
                    }
                }
            }
            for (int t = 0; t < FEE_THRESHOLDS.length; t++) {
                RumourEngine engine = new RumourEngine(knowledge, SourceTiers.defaults(), models.with(
                        TrainedModels.DESTINATION_BIAS, TrainedModels.CURRENT_BIAS, FEE_THRESHOLDS[t]));
                for (Corpus.Labelled l : withMoves) {
                    Move predicted = engine.analyse(l.article()).headline();
                    if (Objects.equals(key(l.gold().path("fee_move")), predicted == null || predicted.fee() == null
                            ? null : Fees.key(predicted.fee()))) {
                        fees[t]++;
                    }
                }
            }
        }
        System.out.println("headline accuracy over " + cases + " cross-validated articles; rows: destination bias "
                + "0.5 1 2 4, columns: current-club bias 0.5 1 2 4");
        for (int a = 0; a < BIASES.length; a++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.1f:", BIASES[a]));
            for (int b = 0; b < BIASES.length; b++) {
                line.append(String.format(Locale.ROOT, " %.3f", (double) headlines[a][b] / cases));
            }
            System.out.println(line);
        }
        for (int t = 0; t < FEE_THRESHOLDS.length; t++) {
            System.out.printf(Locale.ROOT, "fee threshold %.2f: fee accuracy %.3f%n", FEE_THRESHOLDS[t],
                    (double) fees[t] / cases);
        }
    }

    private static String key(JsonNode fee) {
        return fee.isTextual() ? Fees.key(fee.asText()) : null;
    }
}
