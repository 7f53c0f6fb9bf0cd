package dev.rumourmill.rumours;

import java.util.List;

/**
 * What the engine makes of one article.
 *
 * @param confidence         0..1, how sure the engine is of the label
 * @param clubs              every club involved, canonical names, most relevant first
 * @param fromClub           the selling club when the article says so explicitly, else null
 * @param toClubs            the buying club(s) when the article says so explicitly
 * @param fee                the fee as written ("€20m (£15m)"), or null
 * @param contractExpiryYear the year the player's contract ends if the article states it, else null
 * @param dealType           permanent, loan or free; null when not a transfer or not said
 * @param summary            at most 280 characters, every name and number in it found in the article
 * @param stage              how far the move has got, as far as this article says
 * @param moves              one move per player the story is about, the headline move first; {@code fromClub},
 *                           {@code toClubs} and {@code fee} describe the first
 */
public record Analysis(
        String articleId,
        Label label,
        double confidence,
        List<Player> players,
        List<Club> clubs,
        Club fromClub,
        List<Club> toClubs,
        List<RatedSource> sources,
        String fee,
        Integer contractExpiryYear,
        DealType dealType,
        String summary,
        StoryStage stage,
        List<Move> moves) {

    public Analysis {
        players = List.copyOf(players);
        clubs = List.copyOf(clubs);
        toClubs = List.copyOf(toClubs);
        sources = List.copyOf(sources);
        moves = List.copyOf(moves);
    }

    /** An analysis whose one move is the first player's, from the clubs given (for callers that build one). */
    public Analysis(String articleId, Label label, double confidence, List<Player> players, List<Club> clubs,
            Club fromClub, List<Club> toClubs, List<RatedSource> sources, String fee, Integer contractExpiryYear,
            DealType dealType, String summary, StoryStage stage) {
        this(articleId, label, confidence, players, clubs, fromClub, toClubs, sources, fee, contractExpiryYear,
                dealType, summary, stage, players.isEmpty() || label == Label.NOT_TRANSFER ? List.of()
                        : List.of(new Move(players.get(0), fromClub, toClubs.isEmpty() ? null : toClubs.get(0),
                                MoveKind.of(dealType), fee, stage)));
    }

    /** The headline move, or null when the article is about no player's move. */
    public Move headline() {
        return moves.isEmpty() ? null : moves.get(0);
    }

    public boolean isTransferNews() {
        return label != Label.NOT_TRANSFER;
    }
}
