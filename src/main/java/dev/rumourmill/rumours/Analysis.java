package dev.rumourmill.rumours;

import java.util.List;

/**
 * What the engine makes of one article. Made with {@link #builder(String)}.
 *
 * @param confidence 0..1, how sure the engine is of the label
 * @param summary    at most 280 characters, every name and number in it found in the article
 * @param moves      one move per player the story is about, the headline move first; the {@link Deal} describes
 *                   the first
 */
public record Analysis(String articleId, Label label, double confidence, Entities entities, Deal deal, String summary,
        List<Move> moves) {

    /**
     * Who and what the article names.
     *
     * @param clubs every club involved, canonical names, most relevant first
     */
    public record Entities(List<Player> players, List<Club> clubs, List<RatedSource> sources) {
        public Entities {
            players = List.copyOf(players);
            clubs = List.copyOf(clubs);
            sources = List.copyOf(sources);
        }
    }

    /**
     * The headline move as the article states it.
     *
     * @param fromClub           the selling club when the article says so explicitly, else null
     * @param toClubs            the buying club(s) when the article says so explicitly
     * @param fee                the fee as written ("€20m (£15m)"), or null
     * @param contractExpiryYear the year the player's contract ends if the article states it, else null
     * @param dealType           permanent, loan or free; null when not a transfer or not said
     * @param stage              how far the move has got, as far as this article says
     */
    public record Deal(Club fromClub, List<Club> toClubs, String fee, Integer contractExpiryYear, DealType dealType,
            StoryStage stage) {
        public Deal {
            toClubs = List.copyOf(toClubs);
        }
    }

    public Analysis {
        moves = List.copyOf(moves);
    }

    public static AnalysisBuilder builder(String articleId) {
        return new AnalysisBuilder(articleId);
    }

    /** The headline move, or null when the article is about no player's move. */
    public Move headline() {
        return moves.isEmpty() ? null : moves.get(0);
    }

    public boolean isTransferNews() {
        return label != Label.NOT_TRANSFER;
    }

    public List<Player> players() {
        return entities.players();
    }

    public List<Club> clubs() {
        return entities.clubs();
    }

    public List<RatedSource> sources() {
        return entities.sources();
    }

    public Club fromClub() {
        return deal.fromClub();
    }

    public List<Club> toClubs() {
        return deal.toClubs();
    }

    public String fee() {
        return deal.fee();
    }

    public Integer contractExpiryYear() {
        return deal.contractExpiryYear();
    }

    public DealType dealType() {
        return deal.dealType();
    }

    public StoryStage stage() {
        return deal.stage();
    }
}
