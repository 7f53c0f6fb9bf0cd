package dev.rumourmill.rumours;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tuning tool, not a test: k-fold cross-validation of the move models on the corpus's training part
 * (the held-out part stays unseen), printing headline accuracy per threshold pair. Run it with
 * {@code java -cp target/test-classes:target/classes:<deps> dev.rumourmill.rumours.MoveModelCrossValidation
 * src/test/resources/rumours/corpus}.
 */
public final class MoveModelCrossValidation {

    private static final int FOLDS = 5;

    public static void main(String[] args) {
        Corpus corpus = Corpus.read(Path.of(args[0]));
        List<Corpus.Labelled> training = corpus.training();
        KnowledgeBase knowledge = KnowledgeBase.builtIn(corpus.players());
        MoveScoring scoring = new MoveScoring(knowledge);
        double[] thresholds = {0.5, 1.0, 2.0, 4.0};
        int[][] right = new int[thresholds.length][thresholds.length];
        int cases = 0;
        int[] feesRight = new int[thresholds.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Corpus.Labelled> learn = new ArrayList<>();
            List<Corpus.Labelled> test = new ArrayList<>();
            for (int i = 0; i < training.size(); i++) {
                (i % FOLDS == fold ? test : learn).add(training.get(i));
            }
            ModelTraining t = new ModelTraining();
            t.learn(corpus, learn);
            TrainedModels models = t.train();
            for (int a = 0; a < thresholds.length; a++) {
                for (int b = 0; b < thresholds.length; b++) {
                    RumourEngine engine = new RumourEngine(knowledge, SourceTiers.defaults(),
                            models.with(TrainedModels.DESTINATION_BIAS,
                                    TrainedModels.CURRENT_BIAS, thresholds[a] / 8));
                    for (Corpus.Labelled l : test) {
                        JsonNode moves = l.gold().path("moves");
                        if (!moves.isArray() || moves.isEmpty()) {
                            continue;
                        }
                        if (a == 0 && b == 0) {
                            cases++;
                        }
                        Move predicted = engine.analyse(l.article()).headline();
                        String goldFee = l.gold().path("fee_move").isTextual()
                                ? Fees.key(l.gold().path("fee_move").asText()) : null;
                        String fee = predicted == null || predicted.fee() == null ? null : Fees.key(predicted.fee());
                        if (b == 0 && java.util.Objects.equals(goldFee, fee)) {
                            feesRight[a]++;
                        }
                        if (scoring.isRight(moves.get(0), predicted)) {
                            right[a][b]++;
                        } else if (a == 2 && b == 1 && System.getProperty("errors") != null) {
                            System.out.println(l.article().id() + ": " + MoveScoring.describe(predicted) + " (gold "
                                    + MoveScoring.describe(moves.get(0)) + ")");
                        }
                    }
                }
            }
        }
        for (int a = 0; a < thresholds.length; a++) {
            System.out.printf(Locale.ROOT, "fee threshold %.2f: fee accuracy %.3f%n", thresholds[a] / 8,
                    (double) feesRight[a] / cases);
        }
        System.out.println("headline accuracy over " + cases + " cross-validated articles; rows: destination "
                + "threshold, columns: current-club threshold");
        for (int a = 0; a < thresholds.length; a++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.1f:", thresholds[a]));
            for (int b = 0; b < thresholds.length; b++) {
                line.append(String.format(Locale.ROOT, " %.3f", (double) right[a][b] / cases));
            }
            System.out.println(line);
        }
    }
}
