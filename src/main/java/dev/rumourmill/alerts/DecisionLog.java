package dev.rumourmill.alerts;

/** Where the main loop keeps what it decided about each entry, for {@code /why} ({@link DecisionStore}). */
interface DecisionLog {

    DecisionLog NONE = decision -> {
    };

    void record(ArticleDecision decision);
}
