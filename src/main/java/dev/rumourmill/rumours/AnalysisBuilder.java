package dev.rumourmill.rumours;

import java.util.List;

/**
 * Builds an {@link Analysis}. Without {@link #moves(List)}, its one move is the first player's, from the clubs
 * given (none when the article names no player or is not transfer news).
 */
public final class AnalysisBuilder {

    private final String articleId;
    private Label label = Label.NOT_TRANSFER;
    private double confidence;
    private List<Player> players = List.of();
    private List<Club> clubs = List.of();
    private List<RatedSource> sources = List.of();
    private Club fromClub;
    private List<Club> toClubs = List.of();
    private String fee;
    private Integer contractExpiryYear;
    private DealType dealType;
    private StoryStage stage;
    private String summary = "";
    private List<Move> moves;

    AnalysisBuilder(String articleId) {
        this.articleId = articleId;
    }

    public AnalysisBuilder label(Label value) {
        label = value;
        return this;
    }

    public AnalysisBuilder confidence(double value) {
        confidence = value;
        return this;
    }

    public AnalysisBuilder players(List<Player> value) {
        players = value;
        return this;
    }

    public AnalysisBuilder clubs(List<Club> value) {
        clubs = value;
        return this;
    }

    public AnalysisBuilder sources(List<RatedSource> value) {
        sources = value;
        return this;
    }

    public AnalysisBuilder fromClub(Club value) {
        fromClub = value;
        return this;
    }

    public AnalysisBuilder toClubs(List<Club> value) {
        toClubs = value;
        return this;
    }

    public AnalysisBuilder fee(String value) {
        fee = value;
        return this;
    }

    public AnalysisBuilder contractExpiryYear(Integer value) {
        contractExpiryYear = value;
        return this;
    }

    public AnalysisBuilder dealType(DealType value) {
        dealType = value;
        return this;
    }

    public AnalysisBuilder stage(StoryStage value) {
        stage = value;
        return this;
    }

    public AnalysisBuilder summary(String value) {
        summary = value;
        return this;
    }

    public AnalysisBuilder moves(List<Move> value) {
        moves = value;
        return this;
    }

    public Analysis build() {
        List<Move> stated = moves != null ? moves
                : players.isEmpty() || label == Label.NOT_TRANSFER ? List.of()
                : List.of(new Move(players.get(0), fromClub, toClubs.isEmpty() ? null : toClubs.get(0),
                        MoveKind.of(dealType), fee, stage));
        return new Analysis(articleId, label, confidence, new Analysis.Entities(players, clubs, sources),
                new Analysis.Deal(fromClub, toClubs, fee, contractExpiryYear, dealType, stage), summary, stated);
    }
}
