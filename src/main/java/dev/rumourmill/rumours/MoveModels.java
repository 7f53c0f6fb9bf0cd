package dev.rumourmill.rumours;

/**
 * The two trained models behind {@link Move}s: each club's role for a player, and the kind of move. The
 * build trains them from the team's corpus ({@link ModelTraining}) into the jar's {@code rumours/en/}.
 */
record MoveModels(TrainedModel roles, TrainedModel kinds, double destinationThreshold, double currentThreshold) {

    /** How sure the role model must be before a club is stated as an end of a move. */
    static final double DESTINATION_THRESHOLD = 0.2;
    static final double CURRENT_THRESHOLD = 0.5;

    MoveModels(TrainedModel roles, TrainedModel kinds) {
        this(roles, kinds, DESTINATION_THRESHOLD, CURRENT_THRESHOLD);
    }

    static final String ROLES = "club-roles.bin";
    static final String KINDS = "move-kinds.bin";

    /** The English models in the jar, read once per process. */
    static MoveModels english() {
        return English.MODELS;
    }

    private static final class English {
        static final MoveModels MODELS = new MoveModels(
                TrainedModel.fromResource(Lexicon.english().resource(ROLES)),
                TrainedModel.fromResource(Lexicon.english().resource(KINDS)));
    }
}
