package dev.rumourmill.rumours;

/**
 * The trained models of the engine: the article's label, and behind {@link Move}s each club's role for a
 * player, the kind of move, and which amount is the move's fee. The
 * build trains them from the team's corpus ({@link ModelTraining}) into the jar's {@code rumours/en/}.
 */
record TrainedModels(TrainedModel labels, TrainedModel roles, TrainedModel kinds, TrainedModel fees,
        double destinationBias, double currentBias, double feeThreshold) {

    /**
     * How much more (above 1) or less likely than the role model says a reading with a destination, or with
     * a current club, is taken to be: chosen by cross-validation on the corpus's training part
     * (MoveModelCrossValidation in the tests).
     */
    static final double DESTINATION_BIAS = 2.0;
    static final double CURRENT_BIAS = 1.0;
    /**
     * How sure the label model must be to overrule the hand-written classifier (0.6 kept the better of both on
     * the dev set and on the corpus's held-out part; alone, the model was better on one and worse on the other).
     */
    static final double LABEL_OVERRULES = 0.6;
    /** How sure the fee model must be that an amount is this move's fee; below it the move has no fee. */
    static final double FEE_THRESHOLD = 0.5;

    TrainedModels(TrainedModel labels, TrainedModel roles, TrainedModel kinds, TrainedModel fees) {
        this(labels, roles, kinds, fees, DESTINATION_BIAS, CURRENT_BIAS, FEE_THRESHOLD);
    }

    static final String LABELS = "labels.bin";
    static final String ROLES = "club-roles.bin";
    static final String KINDS = "move-kinds.bin";
    static final String FEES = "move-fees.bin";

    /** The English models in the jar, read once per process. */
    static TrainedModels english() {
        return English.MODELS;
    }

    /** The same models with other decision settings (cross-validation). */
    TrainedModels with(double destinationBias, double currentBias, double feeThreshold) {
        return new TrainedModels(labels, roles, kinds, fees, destinationBias, currentBias, feeThreshold);
    }

    private static final class English {
        static final TrainedModels MODELS = new TrainedModels(
                TrainedModel.fromResource(Lexicon.english().resource(LABELS)),
                TrainedModel.fromResource(Lexicon.english().resource(ROLES)),
                TrainedModel.fromResource(Lexicon.english().resource(KINDS)),
                TrainedModel.fromResource(Lexicon.english().resource(FEES)));
    }
}
